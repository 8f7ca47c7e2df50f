import { recordOn } from '../../model/as-of.js';
import { safeText } from '../../render/safe-text.js';
import { formatAggravationPenalties, formatImprisonment } from '../../render/wording.js';
import { asOfHeading, idsFrom, parseList, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

interface AggravationsOptions extends CommonOptions {
  kind?: string;
  offence?: string;
}

export default function aggravations(args: unknown[], options: AggravationsOptions, context: Context): number {
  const dataset = context.dataset();
  const registry = dataset.registry('aggravations').value ?? {};
  const kinds = parseList(options.kind, Object.keys(registry), 'kind');
  const offences = parseOffences(context, options.offence);
  const offenceNames = dataset.registry('offences').value ?? {};
  const records = resolveIds(context, idsFrom(context, args, {}, { allByDefault: true })).map((r) => recordOn(r.record, context.asOf));
  const rows = records.flatMap((record) =>
    Object.entries(record.offences ?? {})
      .filter(([key]) => !offences || offences.includes(key))
      .flatMap(([key, offence]) =>
        (offence.aggravations ?? [])
          .filter((a) => !kinds || a.kinds?.some((k) => kinds.includes(k)))
          .map((a) => ({ id: record.id, name: record.name, offence: key, basic: offence.imprisonment, aggravation: a, confidence: offence.confidence })),
      ),
  );
  const kindName = (k: string, age?: number) => (k === 'victim_under_age' && age ? `victim under ${age}` : (registry[k]?.name ?? k));
  writeGrid(
    context,
    {
      header: ['id', 'offence', 'kinds', 'circumstance', 'penalty', 'basic offence', 'law'],
      rows: rows.map((r) => [
        r.id,
        offenceNames[r.offence]?.name ?? r.offence,
        (r.aggravation.kinds ?? []).map((k) => kindName(k, r.aggravation.victim_age)).join(', ') || 'not coded',
        safeText(r.aggravation.when),
        formatAggravationPenalties(r.aggravation) || 'not recorded',
        r.basic ? formatImprisonment(r.basic) : '',
        safeText(r.aggravation.law ?? ''),
      ]),
    },
    { as_of: context.asOf, kinds: kinds ?? null, aggravations: rows.map(({ id, offence, basic, aggravation, confidence }) => ({ id, offence, basic_imprisonment: basic ?? null, confidence, ...aggravation })) },
    context.format === 'table'
      ? `${rows.length} aggravation${rows.length === 1 ? '' : 's'} in ${new Set(rows.map((r) => r.id)).size} jurisdiction${new Set(rows.map((r) => r.id)).size === 1 ? '' : 's'}${kinds ? ` of kind ${kinds.join(', ')}` : ''}\n`
      : '',
  );
  if (context.format === 'table') context.write(asOfHeading(context));
  return 0;
}
