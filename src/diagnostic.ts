export type Severity = 'error' | 'warning';
export type DocumentPath = ReadonlyArray<string | number>;

/** One problem found in a data file. Plain data: formatting happens in render/. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  path: DocumentPath;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
