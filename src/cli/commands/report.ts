import { recordOn } from '../../model/as-of.js';
import { renderBriefingHtml } from '../../render/report-briefing.js';
import { renderReportHtml } from '../../render/report-html.js';
import { safeText } from '../../render/safe-text.js';
import { writeAtomically } from '../write-file.js';
import { EXIT, usageError } from '../exit-codes.js';
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
  const registries = {
    offences: dataset.registry('offences').value ?? {},
    treaties: dataset.registry('treaties').value ?? {},
    standards: dataset.registry('standards').value ?? {},
    aggravationKinds: dataset.registry('aggravations').value ?? {},
    asOf: context.asOf,
  };
  const page = { generated: context.today, version: typeof JURISDIFF_VERSION === 'string' ? JURISDIFF_VERSION : undefined };
  // One jurisdiction gets its briefing, with every source and note in full; several get the overview.
  const html =
    jurisdictions.length === 1
      ? renderBriefingHtml(
          { ...registries, jurisdiction: jurisdictions[0]!, defenceKinds: dataset.registry('defences').value ?? {} },
          page,
        )
      : renderReportHtml({ ...registries, jurisdictions }, page);
  if (out === '-') {
    context.write(html);
    return EXIT.ok;
  }
  writeAtomically(out, html);
  const size = Buffer.byteLength(html, 'utf8');
  const what = jurisdictions.length === 1 ? `briefing on ${jurisdictions[0]!.record.id}` : `${jurisdictions.length} jurisdictions`;
  context.write(`wrote ${safeText(out, { singleLine: true })}: ${what}, ${Math.ceil(size / 1024)} KiB\n`);
  return EXIT.ok;
}

