import { timeline, type TimelineEntry } from '../../model/history.js';
import { safeText } from '../../render/safe-text.js';
import { formatPenalties } from '../../render/wording.js';
import { resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

export default function history(args: unknown[], _options: CommonOptions, context: Context): number {
  const [resolved] = resolveIds(context, [String(args[0])]);
  const record = resolved!.record;
  const entries = timeline(record, context.today);
  const offences = context.dataset().registry('offences').value ?? {};
  const treaties = context.dataset().registry('treaties').value ?? {};
  const partName = (part: string) => {
    const [group, key] = part.split('.');
    if (group === 'offences') return offences[key!]?.name ?? key!;
    if (group === 'treaties') return treaties[key!]?.short_name ?? key!;
    return group === 'reporting' ? 'Reporting duty' : 'Definitions';
  };
  const describe = (figures: Record<string, unknown> | undefined) => {
    if (!figures) return '';
    if (figures.criminalised === false) return 'no offence';
    if ('isp_duty' in figures) return figures.isp_duty ? `duty: ${String(figures.law ?? '')}` : 'no duty';
    if ('child_age' in figures || 'virtual_material' in figures) return [figures.child_age && `child under ${String(figures.child_age)}`, figures.virtual_material && `virtual: ${String(figures.virtual_material)}`].filter(Boolean).join(', ');
    const penalties = formatPenalties(figures as Parameters<typeof formatPenalties>[0]);
    return [penalties || 'no term recorded', figures.law && `(${String(figures.law)})`].filter(Boolean).join(' ');
  };
  const change = (e: TimelineEntry) =>
    e.change === 'treaty_event'
      ? `${e.event!.act.replace(/_/g, ' ')}${e.event!.deposit === false ? ' (domestic act)' : e.event!.deposit ? ' (deposit)' : ''}`
      : e.change === 'amended'
        ? `amended${e.amended_by ? ` by ${e.amended_by}` : ''}`
        : 'earliest recorded version in force';
  writeGrid(
    context,
    {
      header: ['date', 'part', 'change', 'before', 'after'],
      rows: entries.map((e) => [`${e.date}${e.announced ? ' (announced)' : ''}`, partName(e.part), safeText(change(e)), safeText(describe(e.before)), safeText(describe(e.after))]),
    },
    { id: record.id, today: context.today, changes: entries },
    context.format === 'table' ? `${safeText(record.name, { singleLine: true })}: ${entries.length} recorded change${entries.length === 1 ? '' : 's'}, newest first\n` : '',
  );
  return 0;
}
