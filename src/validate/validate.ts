import { join } from 'node:path';
import type { Dataset } from '../load/dataset.js';
import { displayPath } from '../load/paths.js';
import { JURISDICTION_ID } from '../schema/patterns.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { checkJurisdiction, checkParent, positioned, type KnownFile, type ParentLink } from './rules.js';
import type { Registries } from '../load/dataset.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import { standingOn } from '../model/treaty-status.js';
import { earliestDay } from '../model/dates.js';
import { RULES } from '../diagnostic.js';

export interface ValidateOptions {
  /** YYYY-MM-DD; injected so results do not depend on the clock. */
  today: string;
  maxAgeDays?: number;
  /** Warnings count as errors. */
  strict?: boolean;
}

export interface ValidationReport {
  files: number;
  diagnostics: Diagnostic[];
}

/**
 * Checks every file of a data folder; collects all problems, never throws on bad data.
 * One pass reads and checks each file and keeps only what the rules across files need (kind,
 * region and parent, and the countries' treaties), so memory does not grow with the files'
 * size; then the parent rule runs on what was kept.
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions): ValidationReport {
  const diagnostics: Diagnostic[] = [];
  const registries = dataset.registries();
  for (const registry of Object.values(registries)) diagnostics.push(...registry.diagnostics);

  for (const entry of dataset.otherEntries()) {
    const file = displayPath(join(dataset.dir, entry));
    diagnostics.push({ rule: 'file/extension', severity: 'warning', file, line: 1, column: 1, path: [], message: `${file} is not read: data files end in ".yaml"` });
  }

  const context = {
    today: options.today,
    maxAgeDays: options.maxAgeDays,
    registries: { offences: registries.offences.value, treaties: registries.treaties.value, aggravations: registries.aggravations.value, defences: registries.defences.value, countries: registries.countries.value },
  };
  const known = new Map<string, KnownFile | undefined>();
  const links: ParentLink[] = [];
  const countries: TreatyHolder[] = [];
  const stems = dataset.allStems();
  for (const stem of stems) {
    const file = dataset.read(stem);
    diagnostics.push(...file.diagnostics);
    if (!JURISDICTION_ID.test(file.id)) {
      diagnostics.push({ rule: 'id/file-name', severity: 'error', file: file.file, line: 1, column: 1, path: [], message: `file name "${file.id}.yaml" is not a jurisdiction id (lower-case ISO 3166 such as "de" or "gb-ew")` });
    }
    const record = file.value;
    known.set(file.id, record && { kind: record.kind, region: record.region });
    if (!record || !file.parsed) continue;
    diagnostics.push(...checkJurisdiction(record, file.parsed, { ...context, stem }));
    if (record.kind === 'subdivision') links.push({ id: stem, parent: record.parent, region: record.region });
    else countries.push({ kind: record.kind, treaties: record.treaties });
  }
  for (const link of links) {
    const findings = checkParent(link, known);
    // Rare: only a file with a problem is read again, for the positions.
    if (findings.length > 0) diagnostics.push(...positioned(dataset.read(link.id).parsed!, findings));
  }

  // The counts describe the world; they are checked against the data maintained beside them, not a fixture or a partial fork that borrows the bundled registry.
  if (registries.treaties.path.startsWith(join(dataset.dir, '_registry'))) {
    diagnostics.push(...checkPartyCounts(countries, registries.treaties));
  }

  const final = options.strict ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : diagnostics;
  return { files: stems.length, diagnostics: final.sort(compareDiagnostics) };
}

type TreatyHolder = Pick<Jurisdiction, 'kind' | 'treaties'>;

/**
 * The registry records each instrument's published count of parties with its date; the data,
 * read as of that date, should give the same number. A difference is a warning: a state missed,
 * or a count that is itself out of date, and either way worth a look.
 */
function checkPartyCounts(records: readonly TreatyHolder[], treaties: Registries['treaties']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, treaty] of Object.entries(treaties.value ?? {})) {
    if (!treaty.count || !treaties.parsed) continue;
    const day = earliestDay(treaty.count.as_of);
    const standing = treaty.kind === 'directive' ? 'bound' : 'party';
    const parties = records.filter((r) => r.kind === 'country' && r.treaties?.[key] && standingOn(r.treaties[key], day)?.status === standing).length;
    if (parties !== treaty.count.parties && parties !== treaty.count.gap?.in_data) {
      const path = [key, 'count', 'parties'];
      out.push({
        rule: 'treaty/count-mismatch',
        severity: RULES['treaty/count-mismatch'].severity,
        file: treaties.file,
        ...treaties.parsed.positionOf(path),
        path,
        message: `${treaty.count.parties} parties as of ${treaty.count.as_of} per the registry, but the data gives ${parties} countries that were ${standing === 'bound' ? 'bound' : 'party'} on ${day}${treaty.count.gap ? ` (the recorded gap explains ${treaty.count.gap.in_data})` : ''}; record the missing states, or explain the difference under "gap"`,
      });
    }
  }
  return out;
}
