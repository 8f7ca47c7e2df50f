import type { Jurisdiction } from '../schema/jurisdiction.js';

export interface Change {
  /** Dotted path into the resolved record, e.g. "offences.production.imprisonment.max". */
  path: string;
  a: unknown;
  b: unknown;
}

/** Fields that always differ between two files and say nothing about the law. */
const IGNORED = new Set(['id', 'sources']);

/**
 * Field-by-field differences between two resolved records. Source keys are local names, so
 * citations are compared by the pages they point at (their URLs), not by key.
 */
export function diffJurisdictions(a: Jurisdiction, b: Jurisdiction): Change[] {
  const left = flatten(withCitedUrls(a));
  const right = flatten(withCitedUrls(b));
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort(comparePaths);
  const changes: Change[] = [];
  for (const path of paths) {
    const va = left.get(path);
    const vb = right.get(path);
    if (!Object.is(va, vb)) changes.push({ path, a: va, b: vb });
  }
  return changes;
}

function withCitedUrls(record: Jurisdiction): Record<string, unknown> {
  const urls = (keys: string[] | undefined) => keys?.map((k) => record.sources[k]?.url ?? k).sort();
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (IGNORED.has(key)) continue;
    out[key] = value;
  }
  if (record.offences) {
    out.offences = Object.fromEntries(Object.entries(record.offences).map(([k, o]) => [k, { ...o, sources: urls(o.sources) }]));
  }
  if (record.reporting) out.reporting = { ...record.reporting, sources: urls(record.reporting.sources) };
  if (record.treaties) {
    out.treaties = Object.fromEntries(Object.entries(record.treaties).map(([k, t]) => [k, { ...t, sources: urls(t.sources) }]));
  }
  if (record.icmec) out.icmec = { ...record.icmec, sources: urls(record.icmec.sources) };
  return out;
}

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]');
    value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (value !== undefined) {
    out.set(prefix, value);
  }
  return out;
}

const TOP_ORDER = ['name', 'kind', 'parent', 'region', 'legal_system', 'reviewed', 'offences', 'reporting', 'treaties', 'icmec', 'notes'];

const OFFENCE_ORDER = ['production', 'distribution', 'possession', 'access', 'grooming'];

/** Top-level fields in file order, offences in taxonomy order, the rest alphabetically. */
function comparePaths(a: string, b: string): number {
  const rank = (path: string) => {
    const [top, second] = path.split(/[.[]/);
    const offence = top === 'offences' ? OFFENCE_ORDER.indexOf(second ?? '') : 0;
    return [TOP_ORDER.indexOf(top!), offence === -1 ? OFFENCE_ORDER.length : offence];
  };
  const [ta, oa] = rank(a);
  const [tb, ob] = rank(b);
  return ta! - tb! || oa! - ob! || (a < b ? -1 : a > b ? 1 : 0);
}
