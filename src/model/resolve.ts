import { JURISDICTION_KEYS, type Jurisdiction, type Source } from '../schema/jurisdiction.js';

/** Where each top-level part of a resolved record came from. */
export interface Resolved {
  record: Jurisdiction;
  /** Keys such as "offences.production", "reporting", "definitions", "treaties", "icmec" mapped to the id that set them. */
  origin: Record<string, string>;
}

/** The parts a subdivision inherits from its country when it does not set them itself. */
const INHERITED = ['definitions', 'reporting', 'icmec'] as const;

/**
 * Applies inheritance: a subdivision takes from its parent every offence, the definitions, the
 * reporting duty and the ICMEC result it does not set itself; treaties always come from the
 * country. Source keys the parent contributes are renamed "<parent>:<key>" when the child uses
 * the same key for another page, so every citation still points at the page it was read from.
 */
export function resolveJurisdiction(child: Jurisdiction, parent: Jurisdiction | undefined): Resolved {
  const origin: Record<string, string> = {};
  const own = child.id;
  for (const key of Object.keys(child.offences ?? {})) origin[`offences.${key}`] = own;
  for (const key of INHERITED) if (child[key]) origin[key] = own;
  if (!parent) {
    if (child.treaties) origin.treaties = own;
    return { record: child, origin };
  }

  const sources: Record<string, Source> = { ...child.sources };
  const renamed = new Map<string, string>();
  const rename = (key: string): string => {
    const existing = renamed.get(key);
    if (existing) return existing;
    const source = parent.sources[key];
    if (!source) return key;
    const ownSource = child.sources[key];
    const target = ownSource && ownSource.url !== source.url ? `${parent.id}:${key}` : key;
    sources[target] ??= source;
    renamed.set(key, target);
    return target;
  };
  const cite = <T>(value: T): T => recite(value, rename);

  const record: Record<string, unknown> = { ...child };
  const offences = { ...(child.offences ?? {}) };
  for (const [key, offence] of Object.entries(parent.offences ?? {})) {
    if (key in offences) continue;
    offences[key] = cite(offence);
    origin[`offences.${key}`] = parent.id;
  }
  if (Object.keys(offences).length > 0) record.offences = offences;
  for (const key of INHERITED) {
    if (!child[key] && parent[key]) {
      record[key] = cite(parent[key]);
      origin[key] = parent.id;
    }
  }
  if (parent.treaties) {
    record.treaties = cite(parent.treaties);
    origin.treaties = parent.id;
  } else {
    delete record.treaties;
  }
  record.sources = sources;
  return { record: orderKeys(record as Jurisdiction), origin };
}

/** A deep copy with every `sources` list (and every inline "[key]" of a note) renamed. */
function recite<T>(value: T, rename: (key: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => recite(item, rename)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === 'sources' && Array.isArray(child)
        ? child.map((k: string) => rename(k))
        : (key === 'note' || key === 'notes') && typeof child === 'string'
          ? child.replace(/\[([a-z0-9][a-z0-9._-]{0,63})\]/g, (whole, k: string) => `[${rename(k)}]`)
          : recite(child, rename),
    ]),
  ) as T;
}

function orderKeys(record: Jurisdiction): Jurisdiction {
  const out: Record<string, unknown> = {};
  for (const key of JURISDICTION_KEYS) if (record[key] !== undefined) out[key] = record[key];
  return out as Jurisdiction;
}
