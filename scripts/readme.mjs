// Regenerates the README's examples from the tool: every fenced block whose lines start with
// "$ jurisdiff ..." gets the output that command prints (colour off, 100 columns, a fixed
// "today"), and the coverage figures between <!-- coverage:start --> and <!-- coverage:end -->.
// A command may end in "| head -n N" to show its first lines.
//
//   node scripts/readme.mjs           rewrite README.md
//   node scripts/readme.mjs --check   exit 1 when README.md is not what the tool prints
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const README_TODAY = '2026-12-01';
const path = new URL('../README.md', import.meta.url);

/** Splits "a b 'c d'" as a shell would (single and double quotes). */
function words(line) {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function run(command) {
  const [, args, head] = /^jurisdiff (.*?)(?: \| head -n (\d+))?$/.exec(command);
  const result = spawnSync(process.execPath, ['bin/jurisdiff.js', ...words(args)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH, COLUMNS: '100', NO_COLOR: '1', JURISDIFF_TODAY: README_TODAY },
  });
  const output = result.stdout + result.stderr;
  return head ? `${output.split('\n').slice(0, Number(head)).join('\n')}\n` : output;
}

export function regenerate(text) {
  let out = text.replace(/```\n(\$ jurisdiff [\s\S]*?)```/g, (_, body) => {
    const commands = body.split('\n').filter((line) => line.startsWith('$ jurisdiff ')).map((line) => line.slice(2));
    return `\`\`\`\n${commands.map((c) => `$ ${c}\n${run(c)}`).join('')}\`\`\``;
  });
  const coverage = run('jurisdiff coverage').trim().split('\n').slice(-5, -1).map((l) => `- ${l}`).join('\n');
  out = out.replace(/(<!-- coverage:start -->\n)[\s\S]*?(<!-- coverage:end -->)/, `$1${coverage}\n$2`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(path, 'utf8');
  const next = regenerate(text);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('README.md is not what the tool prints: run `npm run readme`');
      process.exit(1);
    }
  } else {
    writeFileSync(path, next);
    console.log(next === text ? 'README.md is up to date' : 'README.md regenerated');
  }
}
