import { DURATION } from '../schema/patterns.js';

/** A term in comparable form: days, with life above every finite term. */
export interface Term {
  life: boolean;
  years: number;
  months: number;
  days: number;
}

export function parseDuration(text: string): Term | undefined {
  if (!DURATION.test(text)) return undefined;
  if (text === 'life') return { life: true, years: 0, months: 0, days: 0 };
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(text)?.[1] ?? 0);
  return { life: false, years: part('y'), months: part('m'), days: part('d') };
}

/** Approximate length in days; only used to order terms, so 1y = 365.25d is fine. */
export function durationDays(term: Term): number {
  return term.life ? Number.POSITIVE_INFINITY : term.years * 365.25 + term.months * 30.4375 + term.days;
}

/** Orders two data-form durations by severity: negative when a is lighter. Unparseable sorts first. */
export function compareDurations(a: string | undefined, b: string | undefined): number {
  const da = a === undefined ? -1 : durationDays(parseDuration(a) ?? { life: false, years: 0, months: 0, days: -1 });
  const db = b === undefined ? -1 : durationDays(parseDuration(b) ?? { life: false, years: 0, months: 0, days: -1 });
  return da === db ? 0 : da < db ? -1 : 1;
}

/** "15 years", "6 months", "1 year 6 months", "life". */
export function formatDuration(text: string): string {
  const term = parseDuration(text);
  if (!term) return text;
  if (term.life) return 'life';
  const parts: string[] = [];
  const add = (n: number, unit: string) => {
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  };
  add(term.years, 'year');
  add(term.months, 'month');
  add(term.days, 'day');
  return parts.length > 0 ? parts.join(' ') : '0 days';
}

/** A range as people write it: "15–30 years", "up to 5 years", "at least 1 year", "10 years to life". */
export function formatTermRange(min: string | undefined, max: string | undefined): string {
  if (min === undefined && max === undefined) return '';
  if (min === undefined) return max === 'life' ? 'up to life' : `up to ${formatDuration(max!)}`;
  if (max === undefined) return `at least ${formatDuration(min)}`;
  if (min === max) return formatDuration(min);
  const a = parseDuration(min);
  const b = parseDuration(max);
  if (a && b && !b.life && a.months === 0 && a.days === 0 && b.months === 0 && b.days === 0 && a.years > 0) {
    return `${a.years}–${b.years} years`;
  }
  return `${formatDuration(min)} to ${formatDuration(max)}`;
}
