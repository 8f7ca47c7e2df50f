import type { Dataset } from '../load/dataset.js';
import type { Diagnostic } from '../diagnostic.js';
import { resolveJurisdiction, type Resolved } from './resolve.js';
import { JURISDICTION_ID } from '../schema/patterns.js';

export type Lookup = { ok: true; resolved: Resolved } | { ok: false; diagnostics: Diagnostic[] };

export class UnknownJurisdictionError extends Error {
  constructor(
    readonly id: string,
    readonly suggestion: string | undefined,
    readonly malformed: boolean,
  ) {
    super(malformed ? `invalid jurisdiction id` : `unknown jurisdiction`);
  }
}

/** Loads one jurisdiction and its parent, and applies inheritance. Reads no other file. */
export function lookupJurisdiction(dataset: Dataset, id: string): Lookup {
  if (!JURISDICTION_ID.test(id)) throw new UnknownJurisdictionError(id, suggestId(id, dataset.ids()), true);
  if (!dataset.has(id)) throw new UnknownJurisdictionError(id, suggestId(id, dataset.ids()), false);
  const child = dataset.load(id);
  if (!child.value) return { ok: false, diagnostics: errorsOf(child.diagnostics) };
  const parentId = child.value.parent;
  if (parentId === null) return { ok: true, resolved: resolveJurisdiction(child.value, undefined) };
  if (!dataset.has(parentId)) {
    return {
      ok: false,
      diagnostics: [{ rule: 'ref/unknown-parent', severity: 'error', file: child.file, line: 1, column: 1, path: ['parent'], message: `parent "${parentId}" has no file in the data folder` }],
    };
  }
  const parent = dataset.load(parentId);
  if (!parent.value) return { ok: false, diagnostics: errorsOf(parent.diagnostics) };
  return { ok: true, resolved: resolveJurisdiction(child.value, parent.value) };
}

function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** The closest known id by edit distance, if it is close enough to be a plausible typo. */
export function suggestId(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = id.startsWith(needle) && needle.length >= 2 ? 0.5 : editDistance(needle, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(needle.length / 2)) ? best.id : undefined;
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
