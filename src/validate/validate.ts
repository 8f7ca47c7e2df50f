import { join } from 'node:path';
import type { Dataset } from '../load/dataset.js';
import { displayPath } from '../load/paths.js';
import { JURISDICTION_ID } from '../schema/patterns.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { checkJurisdiction } from './rules.js';

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
 * Two passes: read every file (so each one's kind is known for the parent rules), then check.
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions): ValidationReport {
  const diagnostics: Diagnostic[] = [];
  const registries = dataset.registries();
  diagnostics.push(...registries.offences.diagnostics, ...registries.treaties.diagnostics);

  for (const entry of dataset.otherEntries()) {
    const file = displayPath(join(dataset.dir, entry));
    diagnostics.push({ rule: 'file/extension', severity: 'warning', file, line: 1, column: 1, path: [], message: `${file} is not read: data files end in ".yaml"` });
  }

  const files = dataset.allStems().map((stem) => dataset.load(stem));
  const kinds = new Map(files.map((file) => [file.id, file.value?.kind]));
  for (const file of files) {
    diagnostics.push(...file.diagnostics);
    if (!JURISDICTION_ID.test(file.id)) {
      diagnostics.push({ rule: 'id/file-name', severity: 'error', file: file.file, line: 1, column: 1, path: [], message: `file name "${file.id}.yaml" is not a jurisdiction id (lower-case ISO 3166 such as "de" or "gb-ew")` });
    }
    if (!file.value || !file.parsed) continue;
    diagnostics.push(
      ...checkJurisdiction(file.value, file.parsed, {
        stem: file.id,
        today: options.today,
        maxAgeDays: options.maxAgeDays,
        offences: registries.offences.value,
        treaties: registries.treaties.value,
        kinds,
      }),
    );
  }

  const final = options.strict ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : diagnostics;
  return { files: files.length, diagnostics: final.sort(compareDiagnostics) };
}
