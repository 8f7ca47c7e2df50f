import type { CommonOptions, Context } from '../context.js';
import { resolveIds } from '../context.js';
import { writeGrid } from '../output.js';
import { REGIONS } from '../../schema/jurisdiction.js';
import { usageError } from '../exit-codes.js';
import { safeText } from '../../render/safe-text.js';

interface ListOptions extends CommonOptions {
  region?: string;
  kind?: 'country' | 'subdivision';
}

export default function list(_args: unknown[], options: ListOptions, context: Context): number {
  const region = options.region === undefined ? undefined : REGIONS.find((r) => r.toLowerCase() === options.region!.toLowerCase());
  if (options.region !== undefined && !region) {
    throw usageError(`unknown region '${safeText(options.region, { singleLine: true })}'; choose from ${REGIONS.join(', ')}`);
  }
  const records = resolveIds(context, context.dataset().ids())
    .map((r) => r.record)
    .filter((r) => (region === undefined || r.region === region) && (options.kind === undefined || r.kind === options.kind));
  const summaries = records.map(({ id, name, kind, parent, region, legal_system, reviewed }) => ({ id, name, kind, parent, region, legal_system, reviewed }));
  writeGrid(
    context,
    {
      header: ['id', 'name', 'kind', 'parent', 'region', 'legal system', 'reviewed'],
      rows: summaries.map((s) => [s.id, safeText(s.name), s.kind, s.parent ?? '', s.region, s.legal_system.replace(/_/g, ' '), s.reviewed]),
    },
    summaries,
    context.format === 'table' ? `${summaries.length} jurisdiction${summaries.length === 1 ? '' : 's'}\n` : '',
  );
  return 0;
}
