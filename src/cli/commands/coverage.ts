import { coverage, COVERAGE_LEVELS, type CoverageLevel } from '../../model/coverage.js';
import { resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

const SYMBOL: Record<CoverageLevel, string> = { verified: 'V', reported: 'R', unverified: 'U', not_researched: '—' };

export default function coverageCommand(args: unknown[], options: CommonOptions & { todo?: boolean }, context: Context): number {
  const dataset = context.dataset();
  const given = (args[0] as string[] | undefined) ?? [];
  const ids = given.length > 0 ? [...new Set(given)] : dataset.ids();
  resolveIds(context, ids); // fails with the documented exit codes on unknown ids or broken files
  // Each file's own entries: what a subdivision inherits is its parent's research, counted there.
  const records = ids.map((id) => dataset.load(id).value!);
  const offenceKeys = Object.keys(dataset.registry('offences').value ?? {});
  const treatyKeys = Object.keys(dataset.registry('treaties').value ?? {});
  const report = coverage(records, offenceKeys, treatyKeys);
  if (options.todo) {
    // The work list of a contributor: the profiles closest to complete come first.
    const todo = report.rows.filter((row) => !row.full).sort((a, b) => a.missing.length - b.missing.length || a.id.localeCompare(b.id));
    const footer = todo.length === 0 ? `All ${report.rows.length} are full profiles.\n` : '';
    writeGrid(context, { header: ['id', 'missing', 'parts'], rows: todo.map((row) => [row.id, String(row.missing.length), row.missing.join(', ')]) }, todo.map(({ id, missing }) => ({ id, missing })), footer);
    return 0;
  }
  const percent = (n: number, of: number) => (of === 0 ? '0%' : `${((100 * n) / of).toFixed(1)}%`);
  const researched = (levels: Record<string, CoverageLevel>) => Object.values(levels).filter((l) => l !== 'not_researched').length;
  const rows = report.rows.map((row) => [row.id, ...report.columns.map((c) => SYMBOL[row.levels[c]!]), `${researched(row.levels)}/${report.columns.length}`]);
  for (const level of COVERAGE_LEVELS) {
    rows.push([`total ${SYMBOL[level]}`, ...report.columns.map((c) => String(report.columnTotals[c]![level])), '']);
  }
  const { criminalised, complete, verifiedOrReported, byConfidence, verifiedOnStatute, underWiderOffence } = report.offences;
  const sources = Object.values(report.sourcesByKind).reduce((a, b) => a + b, 0);
  const cells = records.filter((r) => r.kind === 'country').length * treatyKeys.length;
  const summary = [
    `${records.length} jurisdictions, ${report.fullProfiles} of them full profiles (definitions, every offence, the reporting duty, treaties); ${criminalised} offence entries record an offence that exists, ${underWiderOffence} of them under a wider offence not aimed at the conduct.`,
    `${complete} of ${criminalised} (${percent(complete, criminalised)}) give a statute section, an imprisonment maximum (or fine-only penalty) and a source with a URL.`,
    `${verifiedOrReported} of ${criminalised} (${percent(verifiedOrReported, criminalised)}) are verified or reported (${byConfidence.verified} verified, ${byConfidence.reported} reported, ${byConfidence.unverified} unverified); ${verifiedOnStatute} of the ${byConfidence.verified} verified cite the text of the law.`,
    `${sources} sources: ${Object.entries(report.sourcesByKind).map(([kind, n]) => `${kind.replace(/_/g, ' ')} ${percent(n, sources)}`).join(', ')}.`,
    `Treaty standing: ${report.treatyCells.total} of ${cells} country × instrument cells (${percent(report.treatyCells.total, cells)}): ${report.treatyCells.byConfidence.verified} verified, ${report.treatyCells.byConfidence.reported} reported, ${report.treatyCells.byConfidence.unverified} unverified.`,
    'V verified (the text of the law, or the depositary) · R reported (secondary source, dataset or explainer) · U unverified · — not researched (a subdivision inherits it from its country)',
  ];
  writeGrid(
    context,
    { header: ['id', ...report.columns, 'researched'], rows },
    {
      columns: report.columns,
      jurisdictions: report.rows,
      totals: report.columnTotals,
      full_profiles: report.fullProfiles, sources_by_kind: report.sourcesByKind, treaty_cells: report.treatyCells, offences: { ...report.offences, complete_ratio: criminalised ? complete / criminalised : 0, verified_or_reported_ratio: criminalised ? verifiedOrReported / criminalised : 0 },
    },
    context.format === 'table' ? `${summary.join('\n')}\n` : '',
  );
  return 0;
}
