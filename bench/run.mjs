// The benchmark: `npm run bench` (builds first). Never part of `npm test`.
//
// Generates synthetic, schema-valid data sets of 200, 2,000 and 20,000 jurisdiction files in a
// temporary folder and times whole processes, side by side and interleaved, several runs each:
//   1. `jurisdiff show us` against the floor `node -e 0`
//   2. `jurisdiff compare us jp sg sa` on 20,000 files against the same on 200 files
//   3. `jurisdiff validate DIR` against `ajv validate` (ajv-cli) on the same files, 2,000 and 20,000
//   4. validate's time per file at 20,000 against at 2,000, and its peak RSS at 20,000
// Prints a table with the ratios beside the targets and writes bench/results.json.
//
//   node bench/run.mjs [--quick] [--keep]
//     --quick  fewer runs (a rough figure in about a minute)
//     --keep   leave the generated data sets in place and print where they are
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, QUERY_IDS } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'jurisdiff.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const SCHEMA = 'schema/jurisdiction.schema.json';
const RSS_PRELOAD = join(ROOT, 'bench', 'rss.cjs');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');

// Runs per command; the 20,000-file validate runs take seconds each, so fewer of them.
const RUNS = quick ? { startup: 10, query: 6, validate: 3, large: 1 } : { startup: 40, query: 20, validate: 10, large: 5 };
const SIZES = [200, 2000, 20000];

/**
 * ajv-cli as a user would run it on this data, plus two plug-ins it needs to validate these files
 * correctly at all: ajv-formats (the schema uses `format: date`; plain ajv refuses the schema) and
 * bench/ajv-yaml-core.cjs (ajv-cli reads YAML with js-yaml 3's default schema, which turns
 * unquoted dates into Date objects and so fails every file; this keeps them text, as YAML 1.2 does).
 */
const ajvArgs = (dir) => [AJV, 'validate', '--spec=draft7', '-s', SCHEMA, '-c', 'ajv-formats', '-c', './bench/ajv-yaml-core.cjs', '-d', `${dir}/*.yaml`];
const AJV_SHOWN = `ajv validate --spec=draft7 -s ${SCHEMA} -c ajv-formats -c ./bench/ajv-yaml-core.cjs -d "DIR/*.yaml"`;

function machine() {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    cores: availableParallelism(),
    memory_gib: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}

const env = (extra = {}) => ({ ...process.env, NO_COLOR: '1', ...extra });

/** One process, start to exit, wall time in ms; fails loudly if it does not do what is expected. */
function runOnce(spec) {
  const started = process.hrtime.bigint();
  const result = spawnSync(spec.command, spec.args, { cwd: ROOT, env: env(spec.env), stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== (spec.expectCode ?? 0)) {
    throw new Error(`${spec.label} exited ${result.status ?? result.signal}: ${String(result.stderr).slice(0, 2000)}`);
  }
  return ms;
}

/** Peak RSS in MiB of one run, taken inside the process by a preloaded module. */
function peakRss(spec) {
  const file = join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  runOnce({ ...spec, env: { ...spec.env, NODE_OPTIONS: `--require ${RSS_PRELOAD}`, JURISDIFF_BENCH_RSS: file } });
  const kib = Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number));
  rmSync(file, { force: true });
  return kib / 1024;
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  return { runs: s.length, median: at(0.5), min: s[0], max: s[s.length - 1], p25: at(0.25), p75: at(0.75), samples };
}

/** Runs the specs interleaved (a, b, a, b, ...) after one warm-up each, so drift hits both alike. */
function sideBySide(specs, runs) {
  for (const spec of specs) runOnce(spec);
  const samples = specs.map(() => []);
  for (let i = 0; i < runs; i++) specs.forEach((spec, k) => samples[k].push(runOnce(spec)));
  return specs.map((spec, k) => ({ label: spec.label, ...stats(samples[k]) }));
}

const jurisdiff = (label, args, extra = {}) => ({ label, command: process.execPath, args: [BIN, ...args], ...extra });
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const spread = (r) => `${fmt(r.min)}–${fmt(r.max)}`;

// ---------------------------------------------------------------------------------------------
if (!existsSync(join(ROOT, 'dist', 'cli', 'cli.cjs'))) {
  console.error('bench: dist/cli is missing; run `npm run bench` (it builds first) or `node scripts/build.mjs`');
  process.exit(2);
}
if (!existsSync(AJV)) {
  console.error('bench: ajv-cli is missing; run `npm ci` first');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'jurisdiff-bench-'));
const cleanUp = () => {
  if (!keep) rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  const info = machine();
  console.log(`jurisdiff benchmark${quick ? ' (--quick)' : ''}`);
  console.log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memory_gib} GiB, ${info.os}, Node ${info.node}`);

  const dirs = {};
  for (const size of SIZES) {
    const started = Date.now();
    dirs[size] = join(work, `set-${size}`);
    generate(dirs[size], size);
    console.log(`generated ${size} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // The data must be valid for both tools, or the comparison means nothing.
  for (const size of SIZES) {
    const ours = spawnSync(process.execPath, [BIN, 'validate', dirs[size]], { cwd: ROOT, env: env(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (ours.status !== 0 || !ours.stdout.includes(`${size} files valid`)) throw new Error(`generated set of ${size} does not validate:\n${ours.stdout.slice(0, 2000)}${ours.stderr}`);
  }
  for (const size of [2000, 20000]) {
    const theirs = spawnSync(process.execPath, ajvArgs(dirs[size]), { cwd: ROOT, env: env(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const valid = theirs.stdout.split('\n').filter((l) => l.endsWith(' valid')).length;
    if (theirs.status !== 0 || valid !== size) throw new Error(`ajv-cli does not accept the ${size}-file set (${valid} valid):\n${theirs.stderr.slice(0, 2000)}`);
  }
  console.log(`both tools accept every generated file; ajv-cli runs as: ${AJV_SHOWN}`);
  console.log('(ajv-formats for "format: date"; ajv-yaml-core.cjs so js-yaml keeps unquoted dates as text)\n');

  const measures = {};
  const [show, floor] = sideBySide([jurisdiff('jurisdiff show us', ['show', 'us']), { label: 'node -e 0', command: process.execPath, args: ['-e', '0'] }], RUNS.startup);
  measures.show = show;
  measures.floor = floor;

  const compareArgs = (size) => ['compare', ...QUERY_IDS, '--data', dirs[size]];
  const [compareLarge, compareSmall] = sideBySide(
    [jurisdiff('compare us jp sg sa (20,000 files)', compareArgs(20000)), jurisdiff('compare us jp sg sa (200 files)', compareArgs(200))],
    RUNS.query,
  );
  measures.compare_20000 = compareLarge;
  measures.compare_200 = compareSmall;

  const validateSpec = (size) => jurisdiff(`jurisdiff validate (${size} files)`, ['validate', dirs[size]]);
  const ajvSpec = (size) => ({ label: `ajv-cli validate (${size} files)`, command: process.execPath, args: ajvArgs(dirs[size]) });
  const [validate2k, ajv2k] = sideBySide([validateSpec(2000), ajvSpec(2000)], RUNS.validate);
  const [validate20k, ajv20k] = sideBySide([validateSpec(20000), ajvSpec(20000)], RUNS.large);
  Object.assign(measures, { validate_2000: validate2k, ajv_2000: ajv2k, validate_20000: validate20k, ajv_20000: ajv20k });

  const rss = {
    validate_2000: peakRss(validateSpec(2000)),
    validate_20000: peakRss(validateSpec(20000)),
    ajv_20000: peakRss(ajvSpec(20000)),
    show: peakRss(jurisdiff('show', ['show', 'us'])),
  };

  const perFile2k = validate2k.median / 2000;
  const perFile20k = validate20k.median / 20000;
  const checks = [
    { id: 'show_vs_node', what: '`show us` / `node -e 0`', value: show.median / floor.median, target: 1.5, op: '<=', unit: 'x' },
    { id: 'query_flat', what: '`compare us jp sg sa`: 20,000 / 200 files', value: compareLarge.median / compareSmall.median, target: 1.2, op: '<=', unit: 'x' },
    { id: 'validate_vs_ajv_2000', what: '`validate` / ajv-cli, 2,000 files', value: validate2k.median / ajv2k.median, target: 1.0, op: '<', unit: 'x' },
    { id: 'validate_vs_ajv_20000', what: '`validate` / ajv-cli, 20,000 files', value: validate20k.median / ajv20k.median, target: 1.0, op: '<', unit: 'x' },
    { id: 'validate_per_file_flat', what: '`validate` per file: 20,000 / 2,000', value: perFile20k / perFile2k, target: 1.2, op: '<=', unit: 'x' },
    { id: 'validate_peak_rss_20000', what: '`validate` peak RSS, 20,000 files', value: rss.validate_20000, target: 300, op: '<', unit: ' MiB' },
  ].map((c) => ({ ...c, met: c.op === '<' ? c.value < c.target : c.value <= c.target }));

  // --- the table ----------------------------------------------------------------------------
  const rows = [
    ['command', 'median', 'min–max', 'runs'],
    ...Object.values(measures).map((m) => [m.label, fmt(m.median), spread(m), String(m.runs)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(`\nvalidate per file: ${(perFile2k * 1000).toFixed(0)} µs at 2,000, ${(perFile20k * 1000).toFixed(0)} µs at 20,000`);
  console.log(`peak RSS: validate ${rss.validate_2000.toFixed(0)} MiB at 2,000, ${rss.validate_20000.toFixed(0)} MiB at 20,000; ajv-cli ${rss.ajv_20000.toFixed(0)} MiB at 20,000; show ${rss.show.toFixed(0)} MiB\n`);

  const checkRows = [['measure', 'result', 'target', ''], ...checks.map((c) => [c.what, `${c.unit === 'x' ? c.value.toFixed(2) : c.value.toFixed(0)}${c.unit}`, `${c.op} ${c.target}${c.unit}`, c.met ? 'met' : 'MISSED'])];
  const cw = checkRows[0].map((_, i) => Math.max(...checkRows.map((r) => r[i].length)));
  const cline = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(cw[i]) : cell.padStart(cw[i]))).join('  ');
  console.log(cline(checkRows[0]));
  console.log(cw.map((w) => '-'.repeat(w)).join('  '));
  for (const r of checkRows.slice(1)) console.log(cline(r));
  console.log(`\n${checks.filter((c) => c.met).length} of ${checks.length} targets met; machine: ${info.cpu}, ${info.cores} cores, Node ${info.node}`);

  const results = {
    date: new Date().toISOString(),
    machine: info,
    quick,
    runs: RUNS,
    ajv_command: AJV_SHOWN,
    measures: Object.fromEntries(Object.entries(measures).map(([k, m]) => [k, { ...m, samples: m.samples.map((x) => Math.round(x * 10) / 10) }])),
    validate_per_file_us: { at_2000: perFile2k * 1000, at_20000: perFile20k * 1000 },
    peak_rss_mib: rss,
    targets: checks,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results.json');
  if (keep) console.log(`data sets kept in ${work}`);
} finally {
  cleanUp();
}
