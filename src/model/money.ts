import type { Fine } from '../schema/jurisdiction.js';

function amount(n: number): string {
  // Whole amounts, nearly all of them, without Intl: its first use costs ~10 ms of start-up.
  if (Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "up to 250,000 USD", "unlimited", "10–360 daily rates". */
export function formatFine(fine: Fine): string {
  if (fine.unlimited) return 'unlimited';
  const unit = fine.currency ?? fine.unit ?? '';
  const suffix = unit ? ` ${unit}` : '';
  if (fine.min !== undefined && fine.max !== undefined) {
    return fine.min === fine.max ? `${amount(fine.max)}${suffix}` : `${amount(fine.min)}–${amount(fine.max)}${suffix}`;
  }
  if (fine.max !== undefined) return `up to ${amount(fine.max)}${suffix}`;
  if (fine.min !== undefined) return `at least ${amount(fine.min)}${suffix}`;
  return fine.note ?? 'fine';
}
