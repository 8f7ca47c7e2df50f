import { recordOn } from '../../model/as-of.js';
import { gap, type CriterionResult, type CriterionStatus } from '../../model/standards.js';
import { safeText } from '../../render/safe-text.js';
import { wrapText } from '../../render/table.js';
import { usageError } from '../exit-codes.js';
import { asOfHeading, idsFrom, parseList, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

interface GapOptions extends CommonOptions {
  standard?: string;
  all?: boolean;
}

const MARK: Record<CriterionStatus, string> = { met: 'met', not_met: 'NOT MET', unknown: '?' };

export default function gapCommand(args: unknown[], options: GapOptions, context: Context): number {
  const registry = context.dataset().registry('standards').value ?? {};
  const standards = parseList(options.standard, Object.keys(registry), 'standard');
  if (!standards) throw usageError(`gap needs --standard (choose from ${Object.keys(registry).join(', ')})`);
  const ids = idsFrom(context, args, options, { allByDefault: false });
  if (ids.length === 0) throw usageError("gap needs jurisdiction ids (e.g. 'jurisdiff gap de --standard eu-2011-93') or --all");
  const records = resolveIds(context, ids).map((r) => recordOn(r.record, context.asOf));
  const results = standards.map((key) => ({ key, standard: registry[key]!, results: records.map((r) => gap(r, registry[key]!, key)) }));
  const json = {
    as_of: context.asOf,
    standards: Object.fromEntries(results.map(({ key, standard, results: rs }) => [key, { ...standard, results: rs }])),
  };
  const evidence = (c: CriterionResult, sources: Record<string, { title: string; url: string }>) =>
    c.evidence
      .map((e) => `${e.value}${e.law ? ` (${e.law})` : ''}${e.confidence ? ` [${e.confidence}]` : ''}${e.sources.length ? `; ${e.sources.map((k) => sources[k]?.url ?? k).join(' ')}` : ''}`)
      .join('\n');
  const published = (c: CriterionResult) => (c.published ? `ICMEC ed. ${c.published.edition}: ${c.published.value ? 'yes' : 'no'}${c.published.agrees === false ? ' (DISAGREES)' : ''}` : '');

  if (context.format === 'table') context.write(asOfHeading(context));
  for (const { key, standard, results: rs } of results) {
    const caption = `${standard.name} (${key}); criteria read on ${standard.source.title} <${standard.source.url}>\n`;
    if (records.length === 1) {
      const record = records[0]!;
      const r = rs[0]!;
      writeGrid(
        context,
        {
          header: ['article', 'requires', 'result', 'evidence', ...(r.criteria.some((c) => c.published) ? ['published'] : [])],
          rows: r.criteria.map((c, i) => {
            const criterion = standard.criteria[i]!;
            return [c.article, `${safeText(criterion.summary)}${criterion.confidence === 'verified' ? '' : ` [criterion ${criterion.confidence}]`}`, MARK[c.status], safeText(evidence(c, record.sources)), ...(r.criteria.some((x) => x.published) ? [published(c)] : [])];
          }),
        },
        json,
        context.format === 'table' ? `${safeText(record.name, { singleLine: true })} (${record.id}): ${r.totals.met} met, ${r.totals.not_met} not met, ${r.totals.unknown} unknown\n` : '',
      );
    } else {
      const header = ['id', ...standard.criteria.map((c) => c.article), 'met'];
      const rows = rs.map((r) => [r.id, ...r.criteria.map((c) => `${MARK[c.status]}${c.published?.agrees === false ? ' ≠ICMEC' : ''}`), `${r.totals.met}/${r.criteria.length}`]);
      const totals = standard.criteria.map((_, i) => {
        const counts = { met: 0, not_met: 0, unknown: 0 };
        for (const r of rs) counts[r.criteria[i]!.status]++;
        return `${counts.met} met, ${counts.not_met} not, ${counts.unknown} ?`;
      });
      const all = rs.filter((r) => r.totals.met === r.criteria.length).length;
      writeGrid(context, { header, rows: [...rows, ['total', ...totals, `${all} meet all`]] }, json, context.format === 'table' ? `${wrapText(caption.trimEnd(), context.width)}\n` : '');
    }
    if (context.format === 'json') break; // one JSON document holds every standard
  }
  return 0;
}
