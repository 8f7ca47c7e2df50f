import { standingOn, type Standing } from '../../model/treaty-status.js';
import type { Jurisdiction } from '../../schema/jurisdiction.js';
import { REGIONS } from '../../schema/patterns.js';
import type { TreatyDefinition } from '../../schema/registry.js';
import { safeText } from '../../render/safe-text.js';
import { wrapText } from '../../render/table.js';
import { formatReservation, formatStanding, NOT_RESEARCHED, UNVERIFIED_MARK } from '../../render/wording.js';
import { usageError } from '../exit-codes.js';
import { asOfHeading, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

interface TreatiesOptions extends CommonOptions {
  status?: string;
  region?: string;
}

/** --status none: neither party nor signatory (never joined, or withdrew); unknown: not researched. */
const STATUS_FILTER: Record<string, (s: Standing | undefined) => boolean> = {
  party: (s) => s?.status === 'party',
  signatory: (s) => s?.status === 'signatory',
  bound: (s) => s?.status === 'bound',
  not_party: (s) => s?.status === 'not_party',
  withdrawn: (s) => s?.status === 'withdrawn',
  none: (s) => s?.status === 'not_party' || s?.status === 'withdrawn',
  unknown: (s) => s === undefined,
};

export default function treaties(args: unknown[], options: TreatiesOptions, context: Context): number {
  const dataset = context.dataset();
  const registry = dataset.registry('treaties').value ?? {};
  const given = (args[0] as string[] | undefined) ?? [];
  const instruments = given.filter((g) => g.toLowerCase() in registry).map((g) => g.toLowerCase());
  const ids = given.filter((g) => !(g.toLowerCase() in registry));
  if (instruments.length > 1) throw usageError(`give one instrument at a time (${instruments.join(', ')})`);
  const instrument = instruments[0];
  if (options.status && !instrument) throw usageError(`--status needs an instrument, e.g. 'jurisdiff treaties budapest --status ${options.status}' (instruments: ${Object.keys(registry).join(', ')})`);
  const region = options.region === undefined ? undefined : REGIONS.find((r) => r.toLowerCase() === options.region!.toLowerCase());
  if (options.region !== undefined && !region) throw usageError(`unknown region '${safeText(options.region, { singleLine: true })}'; choose from ${REGIONS.join(', ')}`);

  const records = resolveIds(context, ids.length > 0 ? ids : dataset.ids())
    .map((r) => r.record)
    .filter((r) => (ids.length > 0 || r.kind === 'country') && (region === undefined || r.region === region));
  const keys = instrument ? [instrument] : Object.keys(registry);
  const standing = (r: Jurisdiction, key: string) => {
    const t = r.treaties?.[key];
    return t && standingOn(t, context.asOf);
  };
  const filter = options.status ? STATUS_FILTER[options.status]! : () => true;
  const shown = records.filter((r) => keys.every((key) => filter(standing(r, key))));
  const cell = (r: Jurisdiction, key: string) => {
    const s = standing(r, key);
    if (!s) return NOT_RESEARCHED;
    const text = formatStanding(s);
    return r.treaties![key]!.confidence === 'unverified' ? `${text} ${UNVERIFIED_MARK}` : text;
  };

  const rows = shown.flatMap((r) => keys.map((key) => ({ record: r, key, standing: standing(r, key), membership: r.treaties?.[key] })));
  const json = {
    as_of: context.asOf,
    instruments: Object.fromEntries(keys.map((k) => [k, registry[k]])),
    ...(options.status ? { status: options.status } : {}),
    standings: rows.map(({ record, key, standing: s, membership }) => ({
      id: record.id,
      name: record.name,
      instrument: key,
      status: s?.status ?? 'not_researched',
      date: s?.event?.date ?? null,
      act: s?.event?.act ?? null,
      deposit: s?.event?.deposit ?? null,
      as_of_list: s?.asOf ?? null,
      confidence: membership?.confidence ?? null,
      reservations: membership?.reservations ?? [],
      sources: (membership?.sources ?? []).map((k) => record.sources[k]).filter(Boolean),
    })),
  };

  if (context.format === 'csv' || context.format === 'json') {
    // Machines get one row per state and instrument, whatever the layout of the table.
    writeGrid(
      context,
      {
        header: ['id', 'name', 'instrument', 'status', 'act', 'date', 'deposit', 'as_of_list', 'confidence', 'reservations'],
        rows: json.standings.map((s) => [s.id, s.name, s.instrument, s.status, s.act ?? '', s.date ?? '', s.deposit === null ? '' : String(s.deposit), s.as_of_list ?? '', s.confidence ?? '', s.reservations.map((r) => `art. ${r.article}`).join('; ')]),
      },
      json,
    );
    return 0;
  }

  const single = ids.length === 1 && shown.length === 1;
  const header = single ? ['instrument', 'standing', 'events', 'reservations', 'sources'] : ['id', 'name', ...keys.map((k) => registry[k]!.short_name)];
  const tableRows = single
    ? keys.map((key) => {
        const r = shown[0]!;
        const t = r.treaties?.[key];
        return [
          registry[key]!.short_name,
          cell(r, key),
          (t?.events ?? []).map((e) => `${e.act.replace(/_/g, ' ')} ${e.date}${e.deposit === true ? ' (deposit)' : e.deposit === false ? ' (domestic act)' : ''}`).join('\n'),
          (t?.reservations ?? []).map(formatReservation).join('\n'),
          (t?.sources ?? []).map((k) => r.sources[k] && `${r.sources[k].title} <${r.sources[k].url}>`).filter(Boolean).join('\n'),
        ];
      })
    : shown.map((r) => [r.id, safeText(r.name), ...keys.map((k) => cell(r, k))]);
  const heading = instrument && options.status ? `${registry[instrument]!.short_name}: ${shown.length} of ${records.length} states with status "${options.status}"\n` : '';
  const footer = context.format === 'table' ? context.style.dim(legend(registry, keys, context.width)) : '';
  if (context.format === 'table') context.write(asOfHeading(context) + heading);
  writeGrid(context, { header, rows: tableRows }, json, footer);
  return 0;
}

function legend(registry: Record<string, TreatyDefinition>, keys: readonly string[], width: number): string {
  const lines = keys.map((k) => {
    const t = registry[k]!;
    const count = t.count ? `; ${t.count.parties} parties as of ${t.count.as_of}` : '';
    return `${t.short_name}: ${t.name} (${t.reference}; ${t.kind === 'directive' ? 'adopted' : 'opened'} ${t.opened}; ${t.in_force ? `in force ${t.in_force}` : 'entry into force not recorded'}${count}) ${t.status_url}`;
  });
  lines.push(`${NOT_RESEARCHED} not researched · "not party (as of DATE)": absent from a complete list of parties of that date · dates are the depositary's unless marked "domestic act"`);
  return `${lines.map((l) => wrapText(l, width)).join('\n')}\n`;
}
