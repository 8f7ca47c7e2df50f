import { recordOn } from '../../model/as-of.js';
import type { TermBound } from '../../model/severity.js';
import { renderChart } from '../../render/chart.js';
import { usageError } from '../exit-codes.js';
import { asOfHeading, idsFrom, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';

interface ChartOptions extends CommonOptions {
  offence?: string;
  ids?: string[];
  all?: boolean;
  by?: TermBound;
}

export default function chart(args: unknown[], options: ChartOptions, context: Context): number {
  const offences = parseOffences(context, options.offence ?? 'production')!;
  if (offences.length !== 1) throw usageError(`chart draws one offence at a time; run it once for each of ${offences.join(', ')}`);
  const offence = offences[0]!;
  const records = resolveIds(context, idsFrom(context, args, options, { allByDefault: true })).map((r) => recordOn(r.record, context.asOf));
  context.write(
    asOfHeading(context) +
      renderChart(records, {
        offence,
        offenceName: context.dataset().registry('offences').value?.[offence]?.name,
        by: options.by ?? 'max',
        width: context.width,
        style: context.style,
        glyphs: context.color ? 'unicode' : 'ascii',
      }),
  );
  return 0;
}
