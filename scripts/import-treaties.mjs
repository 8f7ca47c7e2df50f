// Fills the `treaties:` block of every country file from the compiled status tables in
// jurisdictions/_sources/treaties/ (see its README): for each instrument a file does not yet
// hold, the events (or stated status), reservations and sources of the table's rows for that
// state. Never overwrites an entry a file already has: researched entries are edited by hand.
//
//   node scripts/import-treaties.mjs [data dir]      (then: jurisdiff fmt)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { readCsv } from './csv.mjs';

const dir = process.argv[2] ?? new URL('../jurisdictions/', import.meta.url).pathname;
const tables = join(dir, '_sources', 'treaties');

/**
 * Rows with no date say a state is party (or signatory) on a complete list without giving the
 * day: the stated status takes the list's date. The list's date, by the source it was read on.
 */
const LIST_DATES = {
  'coe-notif-185-67': '2011-06-01',
  'nl-verdragen-185-log1': '2025-12-04',
  'coe-octopus-mc': '2024',
  'crin-2010-07-01': '2010-07-01',
  'nl-verdragen-201-res': '2019-12-19',
  'coe-survey-2024': '2024-02-15',
  'coe-news-ireland-2020': '2020',
  'coe-news-norway-2018': '2018-10-01',
  'ap-2020': '2020-08-04',
  'verdragenbank-res': '2024-04',
  alwatan: '2016',
};
const CONSENT = new Set(['ratification', 'accession', 'acceptance', 'approval', 'succession']);

const instruments = readdirSync(tables).filter((n) => n.endsWith('.events.csv')).map((n) => n.slice(0, -'.events.csv'.length)).sort();
let added = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  const record = parse(text);
  if (record?.kind !== 'country') continue;
  const doc = parseDocument(text);
  const before = added;
  for (const instrument of instruments) {
    if (record.treaties?.[instrument]) continue;
    const rows = readCsv(join(tables, `${instrument}.events.csv`)).filter((r) => r.id === record.id);
    if (rows.length === 0) continue;
    const sources = parse(readFileSync(join(tables, `${instrument}.sources.yaml`), 'utf8'));
    let reservations = [];
    try {
      reservations = readCsv(join(tables, `${instrument}.reservations.csv`)).filter((r) => r.id === record.id);
    } catch {
      // no reservations table for this instrument
    }
    const keyOf = (key) => {
      const source = sources[key];
      if (!source) throw new Error(`${instrument}: source "${key}" is not in ${instrument}.sources.yaml`);
      const existing = record.sources?.[key];
      const local = existing && existing.url !== source.url ? `${instrument}-${key}` : key;
      if (!record.sources?.[local]) {
        record.sources = { ...record.sources, [local]: source };
        doc.setIn(['sources', local], doc.createNode({ title: source.title, url: source.url, kind: source.kind, accessed: source.accessed }));
      }
      return local;
    };
    const entry = {};
    const events = [];
    const notes = [];
    const cited = [];
    for (const row of rows) {
      const key = keyOf(row.source);
      if (!cited.includes(key)) cited.push(key);
      if (row.note) notes.push(`${row.act.replace(/_/g, ' ')}${row.date ? ` ${row.date}` : ''}: ${row.note}`);
      if (row.act === 'not_party') Object.assign(entry, { status: 'not_party', as_of: row.date });
      else if (!row.date && CONSENT.has(row.act)) Object.assign(entry, { status: 'party', as_of: LIST_DATES[row.source] });
      else if (!row.date && row.act === 'signature') Object.assign(entry, { status: 'signatory', as_of: LIST_DATES[row.source] });
      else if (row.date) events.push({ act: row.act, date: row.date, ...(row.deposit === 'true' ? { deposit: true } : row.deposit === 'false' ? { deposit: false } : {}) });
    }
    // A stated status the events already give says nothing more.
    if (entry.status && events.some((e) => CONSENT.has(e.act)) && entry.status !== 'not_party') (delete entry.status, delete entry.as_of);
    if (entry.status === 'signatory' && events.some((e) => e.act === 'signature')) (delete entry.status, delete entry.as_of);
    if (entry.status && !entry.as_of) throw new Error(`${record.id} ${instrument}: no list date for a row without a date; add its source to LIST_DATES`);
    const kinds = cited.map((k) => record.sources[k].kind);
    const membership = {
      ...(events.length > 0 ? { events } : {}),
      ...entry,
      ...(reservations.length > 0 ? { reservations: reservations.map((r) => ({ article: r.article, text_summary: r.text_summary, sources: [keyOf(r.source)] })) } : {}),
      sources: cited,
      confidence: kinds.every((k) => k === 'treaty_depositary') ? 'verified' : 'reported',
      ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    };
    if (!doc.has('treaties')) doc.set('treaties', doc.createNode({}));
    const node = doc.createNode(membership);
    for (const item of node.get('events')?.items ?? []) item.flow = true;
    doc.setIn(['treaties', instrument], node);
    added++;
  }
  if (added > before) writeFileSync(path, doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true }));
}
console.log(`added ${added} treaty entries`);
