import type { Jurisdiction } from '../schema/jurisdiction.js';
import { citedKeys } from './citations.js';

export const FIELD_GROUPS = ['definitions', 'penalties', 'reporting', 'treaties', 'icmec'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** The record key each field group selects. */
const GROUP_KEYS: Record<FieldGroup, keyof Jurisdiction> = { definitions: 'definitions', penalties: 'offences', reporting: 'reporting', treaties: 'treaties', icmec: 'icmec' };

export interface Selection {
  /** Offence keys to keep; undefined keeps all. */
  offences?: readonly string[];
  /** Parts to keep; undefined keeps all. */
  fields?: readonly FieldGroup[];
}

/** Keeps the chosen parts of a resolved record and only the sources they still cite (in lists or notes). */
export function selectFields<R extends Jurisdiction>(record: R, selection: Selection): R {
  const fields = new Set<FieldGroup>(selection.fields ?? FIELD_GROUPS);
  const out = { ...record } as R;
  for (const group of FIELD_GROUPS) if (!fields.has(group)) delete out[GROUP_KEYS[group]];
  if (out.offences && selection.offences) {
    out.offences = Object.fromEntries(selection.offences.filter((k) => k in record.offences!).map((k) => [k, record.offences![k]!]));
  }
  const cited = citedKeys(out);
  out.sources = Object.fromEntries(Object.entries(record.sources).filter(([key]) => cited.has(key)));
  return out;
}
