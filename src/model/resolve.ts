import type { Jurisdiction, Source } from '../schema/jurisdiction.js';

/** Where each top-level part of a resolved record came from. */
export interface Resolved {
  record: Jurisdiction;
  /** Keys such as "offences.production", "reporting", "treaties", "icmec" mapped to the id that set them. */
  origin: Record<string, string>;
}

/**
 * Applies inheritance: a subdivision takes from its parent every offence, the reporting duty
 * and the ICMEC assessment it does not set itself; treaties always come from the country.
 * Source keys the parent contributes are renamed "<parent>:<key>" when the child uses the same
 * key for another page, so every citation still points at the page it was read from.
 */
export function resolveJurisdiction(child: Jurisdiction, parent: Jurisdiction | undefined): Resolved {
  const origin: Record<string, string> = {};
  const own = child.id;
  for (const key of Object.keys(child.offences ?? {})) origin[`offences.${key}`] = own;
  if (child.reporting) origin.reporting = own;
  if (child.icmec) origin.icmec = own;
  if (!parent) {
    if (child.treaties) origin.treaties = own;
    return { record: child, origin };
  }

  const sources: Record<string, Source> = { ...child.sources };
  const rename = new Map<string, string>();
  const cite = (keys: string[] | undefined): string[] | undefined =>
    keys?.map((key) => {
      const existing = rename.get(key);
      if (existing) return existing;
      const source = parent.sources[key];
      if (!source) return key;
      const ownSource = child.sources[key];
      const target = ownSource && ownSource.url !== source.url ? `${parent.id}:${key}` : key;
      sources[target] ??= source;
      rename.set(key, target);
      return target;
    });

  const offences = { ...(child.offences ?? {}) };
  for (const [key, offence] of Object.entries(parent.offences ?? {})) {
    if (key in offences) continue;
    offences[key] = { ...offence, sources: cite(offence.sources) ?? [] };
    origin[`offences.${key}`] = parent.id;
  }
  const record: Jurisdiction = { ...child, sources };
  if (Object.keys(offences).length > 0) record.offences = offences;
  if (!child.reporting && parent.reporting) {
    record.reporting = { ...parent.reporting, sources: cite(parent.reporting.sources) ?? [] };
    origin.reporting = parent.id;
  }
  if (!child.icmec && parent.icmec) {
    record.icmec = { ...parent.icmec, sources: cite(parent.icmec.sources) ?? [] };
    origin.icmec = parent.id;
  }
  if (parent.treaties) {
    record.treaties = Object.fromEntries(
      Object.entries(parent.treaties).map(([key, t]) => {
        const sources = cite(t.sources);
        return [key, sources ? { ...t, sources } : { ...t }];
      }),
    );
    origin.treaties = parent.id;
  } else {
    delete record.treaties;
  }
  return { record: orderKeys(record), origin };
}

const TOP_LEVEL_ORDER = ['id', 'name', 'kind', 'parent', 'region', 'legal_system', 'reviewed', 'sources', 'offences', 'reporting', 'treaties', 'icmec', 'notes'];

function orderKeys(record: Jurisdiction): Jurisdiction {
  const out: Record<string, unknown> = {};
  for (const key of TOP_LEVEL_ORDER) if ((record as Record<string, unknown>)[key] !== undefined) out[key] = (record as Record<string, unknown>)[key];
  return out as Jurisdiction;
}
