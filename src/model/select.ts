import type { Jurisdiction } from '../schema/jurisdiction.js';

export const FIELD_GROUPS = ['penalties', 'reporting', 'treaties', 'icmec'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export interface Selection {
  /** Offence keys to keep; undefined keeps all. */
  offences?: readonly string[];
  /** Parts to keep; undefined keeps all. */
  fields?: readonly FieldGroup[];
}

/** Keeps the chosen parts of a resolved record and only the sources they still cite. */
export function selectFields(record: Jurisdiction, selection: Selection): Jurisdiction {
  const fields = new Set<FieldGroup>(selection.fields ?? FIELD_GROUPS);
  const out: Jurisdiction = { ...record };
  if (!fields.has('penalties')) delete out.offences;
  else if (record.offences && selection.offences) {
    out.offences = Object.fromEntries(selection.offences.filter((k) => k in record.offences!).map((k) => [k, record.offences![k]!]));
  }
  if (!fields.has('reporting')) delete out.reporting;
  if (!fields.has('treaties')) delete out.treaties;
  if (!fields.has('icmec')) delete out.icmec;
  const cited = new Set<string>([
    ...Object.values(out.offences ?? {}).flatMap((o) => o.sources),
    ...(out.reporting?.sources ?? []),
    ...Object.values(out.treaties ?? {}).flatMap((t) => t.sources ?? []),
    ...(out.icmec?.sources ?? []),
  ]);
  out.sources = Object.fromEntries(Object.entries(record.sources).filter(([key]) => cited.has(key)));
  return out;
}
