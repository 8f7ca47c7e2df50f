// The benchmark: `npm run bench` (builds first). Never part of `npm test`.
//
// Times whole processes, side by side and interleaved, on the workload people have: the bundled
// data set (every country) and data sets like it of 260 and 5,000 files:
//   1. `jurisdiff show us` against the floor `node -e 0`
//   2. `compare --all` as a table and as JSON, at 260 jurisdictions
//   3. `jurisdiff validate` against ajv-cli (its default run, on the exported schema) on the bundled data
//   4. validate's time per file at 5,000 against at 260, and its peak memory at 5,000
// Prints a table with the ratios beside the targets and writes bench/results.json.
//
//   node bench/run.mjs [--quick] [--keep]
//     --quick  fewer runs (a rough figure in under a minute)
//     --keep   leave the generated data sets in place and print where they are
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'jurisdiff.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const SCHEMA = 'schema/jurisdiction.schema.json';
const RSS_PRELOAD = join(ROOT, 'bench', 'rss.cjs');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');

const RUNS = quick ? { startup: 10, query: 4, validate: 3, large: 1 } : { startup: 40, query: 10, validate: 10, large: 5 };
const SIZES = [260, 5000];

/** ajv-cli as its users run it: the exported schema, the files, no plug-ins. */
const ajvArgs = (files) => [AJV, 'validate', '-s', SCHEMA, '-d', files];
const AJV_SHOWN = `ajv validate -s ${SCHEMA} -d "jurisdictions/*.yaml"`;

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

  const dirs = { bundled: join(ROOT, 'jurisdictions') };
  for (const size of SIZES) {
    dirs[size] = join(work, `set-${size}`);
    generate(dirs[size], size);
  }
  // The data must be valid for both tools, or the comparison means nothing.
  for (const [key, dir] of Object.entries(dirs)) {
    const ours = spawnSync(process.execPath, [BIN, 'validate', dir], { cwd: ROOT, env: env(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (ours.status !== 0) throw new Error(`data set ${key} does not validate:\n${ours.stdout.slice(0, 2000)}${ours.stderr}`);
  }
  const theirs = spawnSync(process.execPath, ajvArgs('jurisdictions/*.yaml'), { cwd: ROOT, env: env(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (theirs.status !== 0) throw new Error(`ajv-cli does not accept the bundled data:\n${theirs.stderr.slice(0, 2000)}`);
  const bundledFiles = theirs.stdout.split('\n').filter((l) => l.endsWith(' valid')).length;
  console.log(`bundled data: ${bundledFiles} files; generated sets of ${SIZES.join(' and ')} files; both tools accept every file`);
  console.log(`ajv-cli runs as: ${AJV_SHOWN}\n`);

  const measures = {};
  const [show, floor] = sideBySide([jurisdiff('jurisdiff show us', ['show', 'us']), { label: 'node -e 0', command: process.execPath, args: ['-e', '0'] }], RUNS.startup);
  Object.assign(measures, { show, floor });

  const [table260, json260] = sideBySide(
    [jurisdiff('compare --all, table (260 files)', ['compare', '--all', '--data', dirs[260]], { env: { COLUMNS: '100' } }), jurisdiff('compare --all --json (260 files)', ['compare', '--all', '--json', '--data', dirs[260]])],
    RUNS.query,
  );
  Object.assign(measures, { compare_table_260: table260, compare_json_260: json260 });

  const [validateBundled, ajvBundled] = sideBySide(
    [jurisdiff(`jurisdiff validate (bundled, ${bundledFiles} files)`, ['validate']), { label: `ajv-cli validate (bundled, ${bundledFiles} files)`, command: process.execPath, args: ajvArgs('jurisdictions/*.yaml') }],
    RUNS.validate,
  );
  Object.assign(measures, { validate_bundled: validateBundled, ajv_bundled: ajvBundled });

  const validateSpec = (size) => jurisdiff(`jurisdiff validate (${size} files)`, ['validate', dirs[size]]);
  const [validate260] = sideBySide([validateSpec(260)], RUNS.validate);
  const [validate5000] = sideBySide([validateSpec(5000)], RUNS.large);
  Object.assign(measures, { validate_260: validate260, validate_5000: validate5000 });

  const rss = { validate_5000: peakRss(validateSpec(5000)), ajv_bundled: peakRss({ label: 'ajv', command: process.execPath, args: ajvArgs('jurisdictions/*.yaml') }), show: peakRss(jurisdiff('show', ['show', 'us'])) };

  const perFile260 = validate260.median / 260;
  const perFile5000 = validate5000.median / 5000;
  const checks = [
    { id: 'show_vs_node', what: '`show us` / `node -e 0`', value: show.median / floor.median, target: 1.5, op: '<=', unit: 'x' },
    { id: 'compare_all_table_260', what: '`compare --all` table, 260 files', value: table260.median / 1000, target: 1, op: '<', unit: ' s' },
    { id: 'compare_all_json_260', what: '`compare --all --json`, 260 files', value: json260.median / 1000, target: 0.3, op: '<', unit: ' s' },
    { id: 'validate_vs_ajv', what: '`validate` / ajv-cli, bundled data', value: validateBundled.median / ajvBundled.median, target: 1.5, op: '<=', unit: 'x' },
    { id: 'validate_per_file_flat', what: '`validate` per file: 5,000 / 260', value: perFile5000 / perFile260, target: 1.2, op: '<=', unit: 'x' },
    { id: 'validate_peak_rss_5000', what: '`validate` peak memory, 5,000 files', value: rss.validate_5000, target: 200, op: '<', unit: ' MiB' },
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
  console.log(`\nvalidate per file: ${(perFile260 * 1000).toFixed(0)} µs at 260, ${(perFile5000 * 1000).toFixed(0)} µs at 5,000`);
  console.log(`peak memory: validate ${rss.validate_5000.toFixed(0)} MiB at 5,000 files; ajv-cli ${rss.ajv_bundled.toFixed(0)} MiB on the bundled data; show ${rss.show.toFixed(0)} MiB\n`);

  const checkRows = [['measure', 'result', 'target', ''], ...checks.map((c) => [c.what, `${c.unit === ' MiB' ? c.value.toFixed(0) : c.value.toFixed(2)}${c.unit}`, `${c.op} ${c.target}${c.unit}`, c.met ? 'met' : 'MISSED'])];
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
    validate_per_file_us: { at_260: perFile260 * 1000, at_5000: perFile5000 * 1000 },
    peak_rss_mib: rss,
    targets: checks,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results.json');
  if (keep) console.log(`data sets kept in ${work}`);
} finally {
  cleanUp();
}
