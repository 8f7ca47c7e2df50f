import { countBySeverity, RULES, type Diagnostic } from '../diagnostic.js';
import type { ValidationReport } from '../validate/validate.js';
import { safeText, toSafeJson } from './safe-text.js';
import { plainStyle, type Style } from './style.js';

export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/** "3 errors, 1 warning in 2 of 207 files" */
export function summarize(report: ValidationReport): string {
  const { errors, warnings } = countBySeverity(report.diagnostics);
  if (errors === 0 && warnings === 0) return `${report.files} ${plural(report.files, 'file')} valid`;
  const files = new Set(report.diagnostics.map((d) => d.file)).size;
  return `${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')} in ${files} of ${report.files} ${plural(report.files, 'file')} checked`;
}

/** The rules tables of docs/DIAGNOSTICS.md, one per group, from the catalogue. */
export function rulesMarkdown(): string {
  const groups = new Map<string, string[]>();
  for (const [rule, info] of Object.entries(RULES)) {
    const rows = groups.get(info.group) ?? [];
    rows.push(`| \`${rule}\` | ${info.severity} | ${info.summary} |`);
    groups.set(info.group, rows);
  }
  return [...groups].map(([group, rows]) => `### ${group}\n\n| rule | severity | when |\n|---|---|---|\n${rows.join('\n')}\n`).join('\n');
}

/** One line per problem: `file:line:col severity rule message`. */
export function renderDiagnosticsText(report: ValidationReport, style: Style = plainStyle): string {
  const lines = report.diagnostics.map((d) => {
    const severity = d.severity === 'error' ? style.error('error') : style.warn('warning');
    return `${safeText(d.file, { singleLine: true })}:${d.line}:${d.column} ${severity} ${d.rule} ${safeText(d.message, { singleLine: true })}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The documented, stable JSON shape (docs/DIAGNOSTICS.md). */
export function renderDiagnosticsJson(report: ValidationReport): string {
  const { errors, warnings } = countBySeverity(report.diagnostics);
  return toSafeJson({
    version: 1,
    files: report.files,
    errors,
    warnings,
    diagnostics: report.diagnostics.map((d: Diagnostic) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      rule: d.rule,
      path: d.path,
      message: d.message,
    })),
  });
}

/**
 * GitHub Actions workflow commands. Properties and messages are escaped as the runner
 * expects (%, CR, LF; plus ":" and "," in properties) so data cannot forge a command.
 */
export function renderDiagnosticsGithub(report: ValidationReport): string {
  const data = (s: string) => safeText(s, { singleLine: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = report.diagnostics.map(
    (d) => `::${d.severity}  file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}::${data(d.message)}`.replace('  ', ' '),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
