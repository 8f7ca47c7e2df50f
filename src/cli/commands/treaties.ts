import { formatTreaty, UNVERIFIED_MARK } from '../../render/cell.js';
import { safeText } from '../../render/safe-text.js';
import { resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

export default function treaties(args: unknown[], _options: CommonOptions, context: Context): number {
  const dataset = context.dataset();
  const registry = dataset.registries().treaties.value ?? {};
  const given = (args[0] as string[] | undefined) ?? [];
  const resolved = resolveIds(context, given.length > 0 ? [...new Set(given)] : dataset.ids());
  const records = resolved.map((r) => r.record).filter((r) => given.length > 0 || r.kind === 'country');
  const keys = Object.keys(registry);
  const cell = (status: NonNullable<(typeof records)[number]['treaties']>[string] | undefined) => {
    if (!status) return '—';
    const text = formatTreaty(status);
    return (status.confidence ?? 'unverified') === 'unverified' ? `${text} ${UNVERIFIED_MARK}` : text;
  };
  const legend = keys.map((k) => {
    const t = registry[k]!;
    return `${t.short_name}: ${t.name} (${t.reference}; opened ${t.opened}; ${t.in_force ? `in force ${t.in_force}` : 'not yet in force'}) ${t.status_url}`;
  });
  writeGrid(
    context,
    {
      header: ['id', 'name', ...keys.map((k) => registry[k]!.short_name)],
      rows: records.map((r) => [r.id, safeText(r.name), ...keys.map((k) => cell(r.treaties?.[k]))]),
    },
    {
      treaties: registry,
      jurisdictions: records.map((r) => ({ id: r.id, name: r.name, treaties: r.treaties ?? {} })),
    },
    context.format === 'table' ? context.style.dim(`${legend.join('\n')}\n— not researched · dates are of ratification (or accession) for parties, of signature for signatories\n`) : '',
  );
  return 0;
}
