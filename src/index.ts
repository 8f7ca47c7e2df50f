/**
 * jurisdiff as a library: load a data folder, resolve inheritance, compare, diff and validate.
 * Nothing here touches the terminal or the process.
 */
export { openDataset, Dataset, DataDirectoryError, loadFile, type LoadedFile, type LoadedJurisdiction, type Registries } from './load/dataset.js';
export { bundledDataDir } from './load/paths.js';
export { parseYaml, type ParsedYaml } from './load/parse-yaml.js';
export { canonicalize } from './load/canonical.js';
export { resolveJurisdiction, type Resolved } from './model/resolve.js';
export { lookupJurisdiction, type Lookup } from './model/lookup.js';
export { findJurisdiction, suggestId } from './load/find.js';
export { recordOn, versionOn, type InForce, type RecordOnDay } from './model/as-of.js';
export { standingOn, type Standing, type TreatyStatus } from './model/treaty-status.js';
export { timeline, type TimelineEntry } from './model/history.js';
export { systemToday, isCalendarDate } from './model/today.js';
export { parseDuration, compareDurations, durationDays, formatDuration, formatTermRange, type Term } from './model/duration.js';
export { bySeverity, compareImprisonment, compareMinimumImprisonment, type TermBound } from './model/severity.js';
export { formatFine, formatStanding, formatPenalties } from './render/wording.js';
export { offenceTerm, rankTerms, type OffenceTerm, type RankedTerm, type TermStatus } from './model/offence-status.js';
export { renderReportHtml, type ReportData, type ReportOptions } from './render/report-html.js';
export { renderBriefingHtml, type BriefingData } from './render/report-briefing.js';
export { selectFields, FIELD_GROUPS, type FieldGroup, type Selection } from './model/select.js';
export { coverage, type CoverageReport } from './model/coverage.js';
export { compareJurisdictions, type Comparison, type Row, type Cell, type CompareOptions } from './compare/compare.js';
export { diffJurisdictions, type Change } from './compare/diff.js';
export { validateDataset, type ValidateOptions, type ValidationReport } from './validate/validate.js';
export { RULES, type Diagnostic, type RuleId, type Severity } from './diagnostic.js';
export * from './schema/jurisdiction.js';
export * from './schema/registry.js';
export { jurisdictionJsonSchema } from './schema/json-schema.js';

import { openDataset } from './load/dataset.js';
import { lookupJurisdiction } from './model/lookup.js';
import { systemToday } from './model/today.js';
import { compareJurisdictions, comparisonRegistriesOf, type CompareOptions, type Comparison } from './compare/compare.js';
import type { Dataset } from './load/dataset.js';
import type { Resolved } from './model/resolve.js';

/** Opens a data folder (the bundled data by default). Alias of `openDataset`. */
export const loadDataset = openDataset;

/** Resolves ids and compares them as of a day (today by default); throws on an unknown id or a file that does not load. */
export function compare(dataset: Dataset, ids: readonly string[], options: Partial<CompareOptions> = {}): Comparison {
  const resolved: Resolved[] = ids.map((id) => {
    const lookup = lookupJurisdiction(dataset, id);
    if (!lookup.ok) throw new Error(`${id} does not load: ${lookup.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`).join('; ')}`);
    return lookup.resolved;
  });
  return compareJurisdictions(resolved, {
    asOf: systemToday(),
    ...comparisonRegistriesOf(dataset),
    ...options,
  });
}
export { rulesMarkdown } from './render/diagnostics.js';
export { gap, evaluateCriterion, type GapResult, type CriterionResult, type CriterionStatus, type Evidence } from './model/standards.js';
