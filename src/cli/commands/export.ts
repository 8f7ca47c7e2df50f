import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { durationDays, parseDuration } from '../../model/duration.js';
import { recordOn } from '../../model/as-of.js';
import { standingOn } from '../../model/treaty-status.js';
import { renderCsv, type Grid } from '../../render/grid.js';
import { safeText, toSafeJson } from '../../render/safe-text.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeAtomically } from '../write-file.js';

interface ExportOptions extends CommonOptions {
  out?: string;
}

/** A term in months, for analysts: "1y6m" is 18; life is empty with the `_life` column true. */
const months = (term: string | undefined) => {
  const t = term === undefined ? undefined : parseDuration(term);
  return t === undefined || t.life ? '' : String(Math.round((durationDays(t) / 30.4375) * 100) / 100);
};
const life = (term: string | undefined) => (term === 'life' ? 'true' : term === undefined ? '' : 'false');
const flag = (value: boolean | undefined) => (value === undefined ? '' : String(value));
const text = (value: unknown) => (value === undefined || value === null ? '' : safeText(String(value)));

const COLUMNS_README = `# jurisdiff export

Tidy tables of the data set, one row per observation, as of the day named in \`data.json\`
(\`as_of\`). Empty cells are not recorded; "not researched" rows are left out. Terms are in months
(\`imprisonment_max_months\`), with \`_life\` true for life imprisonment. Not legal advice: every
row names the law and the sources it rests on (keys of \`sources.csv\`).

| file | one row per | columns |
|---|---|---|
| jurisdictions.csv | jurisdiction | id, name, kind, parent, region, subregion, legal_system, reviewed |
| offences.csv | jurisdiction × offence | id, offence, criminalised, wider_offence, law, in_force, imprisonment_min_months, imprisonment_max_months, imprisonment_max_life, fine_min, fine_max, fine_currency, fine_unit, fine_unlimited, combination, corporal, corporal_max_strokes, capital, aggravations, confidence, sources |
| aggravations.csv | jurisdiction × offence × aggravation | id, offence, index, kinds, victim_age, when, law, imprisonment_min_months, imprisonment_max_months, imprisonment_max_life, increase, add_months |
| treaty_events.csv | jurisdiction × instrument × event (or stated status) | id, instrument, act, date, deposit, status_on_as_of, stated_status, as_of_list, confidence, sources |
| reporting.csv | jurisdiction | id, isp_duty, who, to, law, in_force, deadline, preservation_months, confidence, sources |
| sources.csv | jurisdiction × source | id, key, title, url, kind, accessed |
| data.json | the data set | every resolved record in the data model, with \`as_of\` |
`;

export default function exportCommand(_args: unknown[], options: ExportOptions, context: Context): number {
  const out = options.out;
  if (!out) throw usageError('export needs --out <folder>');
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create ${safeText(out, { singleLine: true })}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.usage);
  }
  const countries = context.dataset().registry('countries').value ?? {};
  const records = resolveIds(context, context.dataset().ids()).map((r) => recordOn(r.record, context.asOf));
  const tables: Record<string, Grid> = {
    jurisdictions: { header: ['id', 'name', 'kind', 'parent', 'region', 'subregion', 'legal_system', 'reviewed'], rows: [] },
    offences: {
      header: ['id', 'offence', 'criminalised', 'wider_offence', 'law', 'in_force', 'imprisonment_min_months', 'imprisonment_max_months', 'imprisonment_max_life', 'fine_min', 'fine_max', 'fine_currency', 'fine_unit', 'fine_unlimited', 'combination', 'corporal', 'corporal_max_strokes', 'capital', 'aggravations', 'confidence', 'sources'],
      rows: [],
    },
    aggravations: { header: ['id', 'offence', 'index', 'kinds', 'victim_age', 'when', 'law', 'imprisonment_min_months', 'imprisonment_max_months', 'imprisonment_max_life', 'increase', 'add_months'], rows: [] },
    treaty_events: { header: ['id', 'instrument', 'act', 'date', 'deposit', 'status_on_as_of', 'stated_status', 'as_of_list', 'confidence', 'sources'], rows: [] },
    reporting: { header: ['id', 'isp_duty', 'who', 'to', 'law', 'in_force', 'deadline', 'preservation_months', 'confidence', 'sources'], rows: [] },
    sources: { header: ['id', 'key', 'title', 'url', 'kind', 'accessed'], rows: [] },
  };
  for (const r of records) {
    tables.jurisdictions!.rows.push([r.id, text(r.name), r.kind, text(r.parent), r.region, text(countries[r.id.split('-')[0]!]?.subregion), text(r.legal_system), r.reviewed]);
    for (const [key, o] of Object.entries(r.offences ?? {})) {
      tables.offences!.rows.push([
        r.id, key, String(o.criminalised), flag(o.wider_offence), text(o.law), text(o.in_force), months(o.imprisonment?.min), months(o.imprisonment?.max), life(o.imprisonment?.max),
        text(o.fine?.min), text(o.fine?.max), text(o.fine?.currency), text(o.fine?.unit), flag(o.fine?.unlimited), text(o.combination),
        text(o.corporal?.kind), text(o.corporal?.max_strokes), flag(o.capital), String(o.aggravations?.length ?? 0), o.confidence, o.sources.join(' '),
      ]);
      (o.aggravations ?? []).forEach((a, index) =>
        tables.aggravations!.rows.push([r.id, key, String(index), (a.kinds ?? []).join(' '), text(a.victim_age), text(a.when), text(a.law), months(a.imprisonment?.min), months(a.imprisonment?.max), life(a.imprisonment?.max), text(a.effect?.increase), months(a.effect?.add)]),
      );
    }
    for (const [key, t] of Object.entries(r.treaties ?? {})) {
      const now = standingOn(t, context.asOf)?.status ?? '';
      const events = t.events ?? [];
      if (events.length === 0) tables.treaty_events!.rows.push([r.id, key, '', '', '', now, text(t.status), text(t.as_of), t.confidence, t.sources.join(' ')]);
      for (const e of events) tables.treaty_events!.rows.push([r.id, key, e.act, e.date, flag(e.deposit), now, text(t.status), text(t.as_of), t.confidence, [...t.sources, ...(e.sources ?? [])].join(' ')]);
    }
    const p = r.reporting;
    if (p) tables.reporting!.rows.push([r.id, String(p.isp_duty), text(p.who), text(p.to), text(p.law), text(p.in_force), text(p.deadline), months(p.preservation), p.confidence, p.sources.join(' ')]);
    for (const [key, s] of Object.entries(r.sources)) tables.sources!.rows.push([r.id, key, text(s.title), s.url, s.kind, s.accessed]);
  }
  for (const [name, grid] of Object.entries(tables)) writeAtomically(join(out, `${name}.csv`), renderCsv(grid));
  writeAtomically(join(out, 'data.json'), toSafeJson({ as_of: context.asOf, jurisdictions: records }));
  writeAtomically(join(out, 'README.md'), COLUMNS_README);
  context.write(`wrote ${safeText(out, { singleLine: true })}: ${Object.entries(tables).map(([n, g]) => `${n}.csv (${g.rows.length} rows)`).join(', ')}, data.json, README.md\n`);
  return 0;
}
