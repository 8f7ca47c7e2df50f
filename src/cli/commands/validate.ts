import { durationDays, parseDuration } from '../../model/duration.js';
import { renderDiagnosticsGithub, renderDiagnosticsJson, renderDiagnosticsText, summarize } from '../../render/diagnostics.js';
import { safeText } from '../../render/safe-text.js';
import { countBySeverity } from '../../diagnostic.js';
import { validateDataset } from '../../validate/validate.js';
import { EXIT, usageError } from '../exit-codes.js';
import { createContext, type CommonOptions, type Context } from '../context.js';

interface ValidateOptions extends CommonOptions {
  maxAge?: string;
  strict?: boolean;
}

export default function validate(args: unknown[], options: ValidateOptions, context: Context): number {
  const dir = args[0] as string | undefined;
  const maxAgeDays = options.maxAge === undefined ? undefined : parseMaxAge(options.maxAge);
  // A folder given as argument wins over --data.
  const target = dir === undefined ? context : createContext({ ...options, data: dir }, { env: { JURISDIFF_TODAY: context.today }, stdout: { write: context.write } }, ['text', 'json', 'github']);
  const report = validateDataset(target.dataset(), { today: context.today, maxAgeDays, strict: options.strict });
  const summary = summarize(report);
  if (context.format === 'json') context.write(renderDiagnosticsJson(report));
  else if (context.format === 'github') context.write(renderDiagnosticsGithub(report));
  else context.write(`${renderDiagnosticsText(report, context.style)}${countBySeverity(report.diagnostics).errors > 0 ? context.style.error(summary) : context.style.good(summary)}\n`);
  return countBySeverity(report.diagnostics).errors > 0 ? EXIT.findings : EXIT.ok;
}

function parseMaxAge(text: string): number {
  const term = parseDuration(text);
  if (!term || term.life) throw usageError(`--max-age takes a duration such as 365d, 12m or 1y, not '${safeText(text, { singleLine: true })}'`);
  return Math.round(durationDays(term));
}
