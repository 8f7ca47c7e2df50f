import type { Dataset } from './dataset.js';
import { JURISDICTION_ID } from '../schema/patterns.js';

/** How an id the user typed was understood. */
export type Found = { id: string } | { id: undefined; suggestion: string | undefined; hint?: string };

/** Lower case, no accents, single spaces: "Côte d'Ivoire" and "cote d'ivoire" meet. */
export function normaliseName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

/**
 * The canonical id for what a user typed: an id in any case (US, GB-EW), an ISO alpha-3 code
 * (usa), an alias of the country registry (uk) or a name (japan, Saudi Arabia, "United States").
 * Reads the country registry, and the files' names only when nothing else matched.
 */
export function findJurisdiction(dataset: Dataset, input: string): Found {
  const lower = input.trim().toLowerCase();
  if (JURISDICTION_ID.test(lower) && dataset.has(lower)) return { id: lower };
  const wanted = normaliseName(input);
  const countries = dataset.registry('countries').value ?? {};
  for (const [id, country] of Object.entries(countries)) {
    const names = [country.alpha3.toLowerCase(), country.name, ...(country.aliases ?? [])].map(normaliseName);
    if (names.includes(wanted) && dataset.has(id)) return { id };
  }
  const path = /[\\/]|\.ya?ml$/i.exec(input) ? normaliseName(input.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '')) : undefined;
  if (path !== undefined && JURISDICTION_ID.test(path) && dataset.has(path)) {
    return { id: undefined, suggestion: path, hint: 'give the id, not the path of its file' };
  }
  // An id-shaped input that is not a file, or text no name could be, needs no look at every file's name.
  const nameLike = !JURISDICTION_ID.test(lower) && wanted.length <= 80 && /^[\p{L}\p{M}' .()-]+$/u.test(wanted);
  for (const id of nameLike ? dataset.ids() : []) {
    const name = dataset.load(id).value?.name;
    if (name !== undefined && (normaliseName(name) === wanted || normaliseName(name.replace(/\s*\(.*\)$/, '')) === wanted)) return { id };
  }
  return { id: undefined, suggestion: suggestId(lower, dataset.ids()) };
}

/** The closest known id by edit distance, if it is close enough to be a plausible typo. */
export function suggestId(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = id.startsWith(needle) && needle.length >= 2 ? 0.5 : editDistance(needle, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(needle.length / 3)) ? best.id : undefined;
}

export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
