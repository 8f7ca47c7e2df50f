import type { Jurisdiction } from '../schema/jurisdiction.js';
import { SCHEMA_KEY_ORDER } from '../schema/layout.js';

export interface Change {
  /** Dotted path into the resolved record, e.g. "offences.production.imprisonment". */
  path: string;
  a: unknown;
  b: unknown;
}

/** Fields that always differ between two files and say nothing about the law. */
const IGNORED = new Set(['id', 'sources', 'reviewed']);
/** Wording and bookkeeping, not law: left out of a diff at any depth. */
const NOT_LAW = new Set(['note', 'notes', 'until', 'next', 'amended_by']);
/** Values compared (and shown) whole: a term is "1–5 years", not a min and a max row. */
const FIGURES = new Set(['imprisonment', 'fine', 'corporal', 'effect', 'extraterritorial', 'range']);

/**
 * Field-by-field differences between two resolved records (or one record at two dates). Source
 * keys are local names, so citations are compared by the pages they point at (their URLs).
 */
export function diffJurisdictions(a: Jurisdiction, b: Jurisdiction, keyOrder: readonly string[] = SCHEMA_KEY_ORDER): Change[] {
  const left = flatten(withCitedUrls(a));
  const right = flatten(withCitedUrls(b));
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort((x, y) => comparePaths(x, y, keyOrder));
  const changes: Change[] = [];
  for (const path of paths) {
    const va = left.get(path);
    const vb = right.get(path);
    if (JSON.stringify(va) !== JSON.stringify(vb)) changes.push({ path, a: va, b: vb });
  }
  return changes;
}

function withCitedUrls(record: Jurisdiction): Record<string, unknown> {
  const urls = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(urls);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, key === 'sources' && Array.isArray(child) ? child.map((k: string) => record.sources[k]?.url ?? k).sort() : urls(child)]),
    );
  };
  return Object.fromEntries(Object.entries(record).filter(([key]) => !IGNORED.has(key)).map(([key, value]) => [key, urls(value)]));
}

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  const last = prefix.split('.').pop() ?? '';
  if (FIGURES.has(last) && value !== null && typeof value === 'object') {
    out.set(prefix, value);
  } else if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, []);
    value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (child !== undefined && !NOT_LAW.has(key)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(prefix, value);
  }
  return out;
}

/**
 * Paths in the order of their keys, level by level: schema keys in schema order, then any other
 * key (offence and treaty keys, in `keyOrder` when the caller gives the registries) by name, list
 * items by index. A pure function of the paths, so a diff read the other way round is its mirror.
 */
function comparePaths(a: string, b: string, keyOrder: readonly string[]): number {
  const sa = a.split(/\.|(?=\[)/);
  const sb = b.split(/\.|(?=\[)/);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i]!;
    const y = sb[i]!;
    if (x === y) continue;
    if (x.startsWith('[') && y.startsWith('[')) return Number(x.slice(1, -1)) - Number(y.slice(1, -1));
    const rx = keyOrder.indexOf(x);
    const ry = keyOrder.indexOf(y);
    if (rx !== -1 || ry !== -1) return (rx === -1 ? keyOrder.length : rx) - (ry === -1 ? keyOrder.length : ry) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}
