// Synthetic, schema-valid data sets for the benchmark: N jurisdiction files built from the
// template jurisdictions/us.yaml, with varied ids, names, regions and review dates, plus the
// _registry folder copied from jurisdictions/_registry.
//
//   node bench/generate.mjs DIR N      writes DIR (which must not exist yet)
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE = join(ROOT, 'jurisdictions', 'us.yaml');
const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const LEGAL_SYSTEMS = ['common_law', 'civil_law', 'islamic_law', 'mixed'];
/** The ids the benchmark queries; they are always countries of the set. */
export const QUERY_IDS = ['us', 'jp', 'sg', 'sa'];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
// YAML 1.1 reads "no" and "on" as booleans: a plain `parent: no` draws a warning, so leave them out.
const TWO_LETTER = [];
for (const a of LETTERS) for (const b of LETTERS) if (!['no', 'on'].includes(a + b)) TWO_LETTER.push(a + b);

/** Country ids first (the query ids among them), then subdivisions "cc-N" spread over the countries. */
export function idsFor(count) {
  const countries = Math.min(TWO_LETTER.length, Math.max(QUERY_IDS.length, Math.round(count / 10)));
  const others = TWO_LETTER.filter((id) => !QUERY_IDS.includes(id));
  const countryIds = [...QUERY_IDS, ...others.slice(0, countries - QUERY_IDS.length)];
  const out = countryIds.map((id) => ({ id, parent: null }));
  for (let i = 0; out.length < count; i++) {
    const parent = countryIds[i % countryIds.length];
    out.push({ id: `${parent}-${Math.floor(i / countryIds.length) + 1}`, parent });
  }
  return out;
}

const MODELINE = '# yaml-language-server: $schema=../schema/jurisdiction.schema.json\n';

/**
 * Two texts with placeholders: the template as it is (a country), and the same record as a
 * subdivision (no treaties, and without the sources only the treaties cited).
 */
function templates() {
  const countryText = readFileSync(TEMPLATE, 'utf8');
  const record = parse(countryText);
  delete record.treaties;
  const cited = new Set();
  const cite = (list) => (list ?? []).forEach((key) => cited.add(key));
  for (const offence of Object.values(record.offences ?? {})) cite(offence.sources);
  cite(record.reporting?.sources);
  cite(record.icmec?.sources);
  const notes = JSON.stringify(record);
  for (const key of Object.keys(record.sources)) {
    if (!cited.has(key) && !notes.includes(`[${key}]`)) delete record.sources[key];
  }
  record.kind = 'subdivision';
  record.parent = '@PARENT@';
  const subdivisionText = MODELINE + stringify(record, { lineWidth: 0 });
  return { country: countryText, subdivision: subdivisionText };
}

function fill(text, { id, parent }, index) {
  const region = REGIONS[index % REGIONS.length];
  const system = LEGAL_SYSTEMS[index % LEGAL_SYSTEMS.length];
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 28) + 1).padStart(2, '0');
  const name = parent ? `Synthetic subdivision ${id.toUpperCase()}` : `Synthetic country ${id.toUpperCase()}`;
  return text
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^name: .*$/m, `name: ${name} (bench data)`)
    .replace(/^parent: .*$/m, `parent: ${parent ?? 'null'}`)
    .replace(/^region: .*$/m, `region: ${region}`)
    .replace(/^legal_system: .*$/m, `legal_system: ${system}`)
    .replace(/^reviewed: .*$/m, `reviewed: 2025-${month}-${day}`);
}

/** Writes `count` jurisdiction files and the registry into `dir`; returns the ids. */
export function generate(dir, count) {
  const text = templates();
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'jurisdictions', '_registry'), join(dir, '_registry'), { recursive: true });
  const ids = idsFor(count);
  ids.forEach((entry, index) => writeFileSync(join(dir, `${entry.id}.yaml`), fill(entry.parent ? text.subdivision : text.country, entry, index)));
  return ids.map((e) => e.id);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !(Number(count) > 0)) {
    console.error('usage: node bench/generate.mjs DIR COUNT');
    process.exit(2);
  }
  generate(dir, Number(count));
}
