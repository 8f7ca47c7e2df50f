// Data sets for the benchmark, shaped like the real one: every bundled jurisdiction file (the 197
// countries and their subdivisions) and the registries, plus synthetic subdivisions "cc-bN" of
// the countries, cloned from jurisdictions/us-ca.yaml, until the set holds N files.
//
//   node bench/generate.mjs DIR N      writes DIR (which must not exist yet)
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'jurisdictions');
const TEMPLATE = readFileSync(join(DATA, 'us-ca.yaml'), 'utf8');

/** Writes at least the bundled files, and exactly `count` when it is larger; returns the count. */
export function generate(dir, count) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(DATA, '_registry'), join(dir, '_registry'), { recursive: true });
  const bundled = readdirSync(DATA).filter((n) => n.endsWith('.yaml'));
  for (const name of bundled) cpSync(join(DATA, name), join(dir, name));
  const countries = Object.entries(parse(readFileSync(join(DATA, '_registry', 'countries.yaml'), 'utf8')));
  let written = bundled.length;
  for (let i = 0; written < count; i++) {
    const [country, { region }] = countries[i % countries.length];
    const id = `${country}-b${Math.floor(i / countries.length) + 1}`;
    writeFileSync(
      join(dir, `${id}.yaml`),
      TEMPLATE.replace(/^id: .*$/m, `id: ${id}`)
        .replace(/^name: .*$/m, `name: Synthetic subdivision ${id.toUpperCase()} (bench data)`)
        .replace(/^parent: .*$/m, `parent: ${JSON.stringify(country)}`)
        .replace(/^region: .*$/m, `region: ${region}`),
    );
    written++;
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !(Number(count) > 0)) {
    console.error('usage: node bench/generate.mjs DIR COUNT');
    process.exit(2);
  }
  generate(dir, Number(count));
}
