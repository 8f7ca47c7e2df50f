import type { Confidence } from '../schema/primitives.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';

export type CoverageLevel = Confidence | 'not_researched';
export const COVERAGE_LEVELS: readonly CoverageLevel[] = ['verified', 'reported', 'unverified', 'not_researched'];

export interface CoverageRow {
  id: string;
  levels: Record<string, CoverageLevel>;
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
  };
}

const RANK: Record<Confidence, number> = { unverified: 0, reported: 1, verified: 2 };

/** How researched each part of each jurisdiction is, for maintainers looking for gaps. */
export function coverage(records: readonly Jurisdiction[], offenceKeys: readonly string[]): CoverageReport {
  const columns = [...offenceKeys, 'reporting', 'treaties', 'icmec'];
  const rows = records.map((record) => {
    const levels: Record<string, CoverageLevel> = {};
    for (const key of offenceKeys) levels[key] = record.offences?.[key]?.confidence ?? 'not_researched';
    levels.reporting = record.reporting?.confidence ?? 'not_researched';
    const treaties = Object.values(record.treaties ?? {});
    levels.treaties =
      treaties.length === 0 ? 'not_researched' : treaties.map((t) => t.confidence ?? 'unverified').reduce((a, b) => (RANK[a] <= RANK[b] ? a : b));
    levels.icmec = record.icmec ? (record.icmec.confidence ?? 'unverified') : 'not_researched';
    return { id: record.id, levels };
  });
  const columnTotals = Object.fromEntries(
    columns.map((column) => [column, Object.fromEntries(COVERAGE_LEVELS.map((level) => [level, rows.filter((r) => r.levels[column] === level).length]))]),
  ) as CoverageReport['columnTotals'];

  let criminalised = 0;
  let complete = 0;
  let verifiedOrReported = 0;
  for (const record of records) {
    for (const offence of Object.values(record.offences ?? {})) {
      if (!offence.criminalised) continue;
      criminalised++;
      const hasMaximum = offence.imprisonment?.max !== undefined || (offence.imprisonment === undefined && offence.fine !== undefined);
      const hasSource = offence.sources.some((key) => record.sources[key]?.url);
      if (offence.law && hasMaximum && hasSource) complete++;
      if (offence.confidence !== 'unverified') verifiedOrReported++;
    }
  }
  return { columns, rows, columnTotals, offences: { criminalised, complete, verifiedOrReported } };
}
