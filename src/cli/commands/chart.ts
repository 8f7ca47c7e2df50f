import { renderChart } from '../../render/chart.js';
import type { TermBound } from '../../model/severity.js';
import { usageError } from '../exit-codes.js';
import { parseList, resolveIds, type CommonOptions, type Context } from '../context.js';

interface ChartOptions extends CommonOptions {
  offence?: string;
  ids?: string[];
  all?: boolean;
  by?: TermBound;
}

export default function chart(_args: unknown[], options: ChartOptions, context: Context): number {
  if (options.all && options.ids) throw usageError('give --ids or --all, not both');
  const registry = context.dataset().registries().offences.value ?? {};
  const offences = parseList(options.offence ?? 'production', Object.keys(registry), 'offence')!;
  if (offences.length !== 1) throw usageError(`chart draws one offence at a time; run it once for each of ${offences.join(', ')}`);
  const offence = offences[0]!;
  // `--ids a b` and `--ids a,b` both work, as they do for --offence.
  const given = options.ids?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  if (options.ids && given!.length === 0) throw usageError('--ids needs at least one jurisdiction id');
  const ids = given ? [...new Set(given)] : context.dataset().ids();
  const records = resolveIds(context, ids).map((r) => r.record);
  context.write(
    renderChart(records, {
      offence,
      offenceName: registry[offence]?.name,
      by: options.by ?? 'max',
      width: context.width,
      style: context.style,
      glyphs: context.color ? 'unicode' : 'ascii',
    }),
  );
  return 0;
}
