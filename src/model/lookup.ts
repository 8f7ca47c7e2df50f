import type { Dataset } from '../load/dataset.js';
import { findJurisdiction } from '../load/find.js';
import type { Diagnostic } from '../diagnostic.js';
import { resolveJurisdiction, type Resolved } from './resolve.js';

export type Lookup = { ok: true; resolved: Resolved } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Finds one jurisdiction (by id, alpha-3 code, alias or name), loads it and its parent and
 * applies inheritance. An unknown id or a broken file gives diagnostics, never an exception.
 */
export function lookupJurisdiction(dataset: Dataset, input: string): Lookup {
  const found = findJurisdiction(dataset, input);
  if (found.id === undefined) {
    const hint = found.hint ?? (found.suggestion ? `did you mean '${found.suggestion}'?` : "'jurisdiff list' shows them all");
    return { ok: false, diagnostics: [{ rule: 'ref/unknown-jurisdiction', severity: 'error', file: input, line: 1, column: 1, path: [], message: `no jurisdiction '${input}' in the data set; ${hint}` }] };
  }
  const child = dataset.load(found.id);
  if (!child.value) return { ok: false, diagnostics: errorsOf(child.diagnostics) };
  const parentId = child.value.parent;
  if (parentId === null) return { ok: true, resolved: resolveJurisdiction(child.value, undefined) };
  if (!dataset.has(parentId)) {
    return { ok: false, diagnostics: [{ rule: 'ref/unknown-parent', severity: 'error', file: child.file, line: 1, column: 1, path: ['parent'], message: `parent "${parentId}" has no file in the data folder` }] };
  }
  const parent = dataset.load(parentId);
  if (!parent.value) return { ok: false, diagnostics: errorsOf(parent.diagnostics) };
  return { ok: true, resolved: resolveJurisdiction(child.value, parent.value) };
}

function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}
