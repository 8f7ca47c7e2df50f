import { REGIONS } from '../../schema/patterns.js';
import { normaliseName } from '../../load/find.js';
import { safeText } from '../../render/safe-text.js';
import { usageError } from '../exit-codes.js';
import { resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

interface ListOptions extends CommonOptions {
  region?: string;
  subregion?: string;
  kind?: 'country' | 'subdivision';
}

export default function list(_args: unknown[], options: ListOptions, context: Context): number {
  const region = options.region === undefined ? undefined : REGIONS.find((r) => r.toLowerCase() === options.region!.toLowerCase());
  if (options.region !== undefined && !region) throw usageError(`unknown region '${safeText(options.region, { singleLine: true })}'; choose from ${REGIONS.join(', ')}`);
  const countries = context.dataset().registry('countries').value ?? {};
  const subregionOf = (id: string) => countries[id.split('-')[0]!]?.subregion;
  const subregions = [...new Set(Object.values(countries).map((c) => c.subregion))].sort();
  const subregion = options.subregion === undefined ? undefined : subregions.find((s) => normaliseName(s) === normaliseName(options.subregion!));
  if (options.subregion !== undefined && !subregion) throw usageError(`unknown sub-region '${safeText(options.subregion, { singleLine: true })}'; choose from ${subregions.join(', ')}`);
  const records = resolveIds(context, context.dataset().ids())
    .map((r) => r.record)
    .filter((r) => (region === undefined || r.region === region) && (subregion === undefined || subregionOf(r.id) === subregion) && (options.kind === undefined || r.kind === options.kind));
  const summaries = records.map(({ id, name, kind, parent, region, legal_system, reviewed }) => ({ id, name, kind, parent, region, subregion: subregionOf(id) ?? null, legal_system: legal_system ?? null, reviewed }));
  writeGrid(
    context,
    {
      // A subdivision's id starts with its country's; kind and parent are in the JSON.
      header: ['id', 'name', 'region', 'sub-region', 'legal system', 'reviewed'],
      rows: summaries.map((s) => [s.id, safeText(s.name), s.region, s.subregion ?? '', s.legal_system?.replace(/_/g, ' ') ?? '—', s.reviewed]),
    },
    summaries,
    context.format === 'table' ? `${summaries.length} jurisdiction${summaries.length === 1 ? '' : 's'}\n` : '',
  );
  return 0;
}
