import { recordOn } from '../../model/as-of.js';
import { renderReportHtml } from '../../render/report-html.js';
import { safeText } from '../../render/safe-text.js';
import { writeAtomically } from '../write-file.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { idsFrom, resolveIds, type CommonOptions, type Context } from '../context.js';

declare const JURISDIFF_VERSION: string | undefined;

interface ReportOptions extends CommonOptions {
  ids?: string[];
  all?: boolean;
  out?: string;
}

export default function report(args: unknown[], options: ReportOptions, context: Context): number {
  const out = options.out;
  if (!out) throw usageError("report needs --out <file> (or '--out -' for standard output)");
  const dataset = context.dataset();
  const jurisdictions = resolveIds(context, idsFrom(context, args, options, { allByDefault: true })).map((r) => ({ ...r, record: recordOn(r.record, context.asOf) }));
  const html = renderReportHtml(
    { jurisdictions, offences: dataset.registry('offences').value ?? {}, treaties: dataset.registry('treaties').value ?? {}, asOf: context.asOf },
    { generated: context.today, version: typeof JURISDIFF_VERSION === 'string' ? JURISDIFF_VERSION : undefined },
  );
  if (out === '-') {
    context.write(html);
    return EXIT.ok;
  }
  writeAtomically(out, html);
  const size = Buffer.byteLength(html, 'utf8');
  context.write(`wrote ${safeText(out, { singleLine: true })}: ${jurisdictions.length} jurisdiction${jurisdictions.length === 1 ? '' : 's'}, ${Math.ceil(size / 1024)} KiB\n`);
  return EXIT.ok;
}

