import type { Confidence } from '../schema/primitives.js';
import { SOURCE_KINDS, STATUTE_SOURCE_KINDS } from '../schema/patterns.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';

export type CoverageLevel = Confidence | 'not_researched';
export const COVERAGE_LEVELS: readonly CoverageLevel[] = ['verified', 'reported', 'unverified', 'not_researched'];

export interface CoverageRow {
  id: string;
  levels: Record<string, CoverageLevel>;
  /** Definitions, every offence of the taxonomy, the reporting duty and treaty standing all researched. */
  full: boolean;
  /** The parts a full profile still needs (column names), empty when `full`. */
  missing: string[];
}

export interface CoverageReport {
  columns: string[];
  rows: CoverageRow[];
  /** Per column: how many jurisdictions are at each level. */
  columnTotals: Record<string, Record<CoverageLevel, number>>;
  /** Figures about the offence entries that say an offence exists. */
  offences: {
    criminalised: number;
    /** With a statute section, an imprisonment maximum (or a fine-only penalty) and a cited source with a URL. */
    complete: number;
    verifiedOrReported: number;
    byConfidence: Record<Confidence, number>;
    /** Verified entries that cite the text of the law (statute_official or statute_copy). */
    verifiedOnStatute: number;
    /** Entries recorded under a wider offence (`wider_offence`), not one aimed at the conduct. */
    underWiderOffence: number;
  };
  /** Every source of the files counted, by kind. */
  sourcesByKind: Record<(typeof SOURCE_KINDS)[number], number>;
  /** Treaty cells (country × instrument) with a recorded standing, by confidence. */
  treatyCells: { total: number; byConfidence: Record<Confidence, number> };
  fullProfiles: number;
}

const RANK: Record<Confidence, number> = { unverified: 0, reported: 1, verified: 2 };

/** How researched each part of each jurisdiction is, for maintainers looking for gaps. */
export function coverage(records: readonly Jurisdiction[], offenceKeys: readonly string[], treatyKeys: readonly string[] = []): CoverageReport {
  const columns = ['definitions', ...offenceKeys, 'reporting', 'treaties', 'icmec'];
  const rows = records.map((record) => {
    const levels: Record<string, CoverageLevel> = {};
    levels.definitions = record.definitions?.confidence ?? 'not_researched';
    for (const key of offenceKeys) levels[key] = record.offences?.[key]?.confidence ?? 'not_researched';
    levels.reporting = record.reporting?.confidence ?? 'not_researched';
    const treaties = Object.values(record.treaties ?? {});
    levels.treaties = treaties.length === 0 ? 'not_researched' : treaties.map((t) => t.confidence).reduce((a, b) => (RANK[a] <= RANK[b] ? a : b));
    levels.icmec = record.icmec ? (record.icmec.confidence ?? 'unverified') : 'not_researched';
    const missing = [
      ...(record.definitions === undefined ? ['definitions'] : []),
      ...offenceKeys.filter((k) => !record.offences?.[k]),
      ...(record.reporting === undefined ? ['reporting'] : []),
      ...(record.kind !== 'subdivision' && treaties.length === 0 ? ['treaties'] : []),
    ];
    return { id: record.id, levels, full: missing.length === 0, missing };
  });
  const columnTotals = Object.fromEntries(
    columns.map((column) => [column, Object.fromEntries(COVERAGE_LEVELS.map((level) => [level, rows.filter((r) => r.levels[column] === level).length]))]),
  ) as CoverageReport['columnTotals'];

  const byConfidence: Record<Confidence, number> = { verified: 0, reported: 0, unverified: 0 };
  let criminalised = 0;
  let complete = 0;
  let verifiedOnStatute = 0;
  let underWiderOffence = 0;
  const sourcesByKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as CoverageReport['sourcesByKind'];
  const treatyCells = { total: 0, byConfidence: { verified: 0, reported: 0, unverified: 0 } as Record<Confidence, number> };
  for (const record of records) {
    for (const source of Object.values(record.sources)) sourcesByKind[source.kind]++;
    for (const key of treatyKeys) {
      const t = record.treaties?.[key];
      if (!t) continue;
      treatyCells.total++;
      treatyCells.byConfidence[t.confidence]++;
    }
    for (const offence of Object.values(record.offences ?? {})) {
      if (!offence.criminalised) continue;
      criminalised++;
      byConfidence[offence.confidence]++;
      const hasMaximum = offence.imprisonment?.max !== undefined || (offence.imprisonment === undefined && offence.fine !== undefined);
      const hasSource = offence.sources.some((key) => record.sources[key]?.url);
      if (offence.law && hasMaximum && hasSource) complete++;
      if (offence.wider_offence) underWiderOffence++;
      if (offence.confidence === 'verified' && offence.sources.some((k) => STATUTE_SOURCE_KINDS.has(record.sources[k]?.kind ?? ''))) verifiedOnStatute++;
    }
  }
  return {
    columns,
    rows,
    columnTotals,
    offences: { criminalised, complete, verifiedOrReported: byConfidence.verified + byConfidence.reported, byConfidence, verifiedOnStatute, underWiderOffence },
    sourcesByKind,
    treatyCells,
    fullProfiles: rows.filter((r) => r.full).length,
  };
}
