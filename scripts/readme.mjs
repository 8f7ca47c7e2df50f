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

/** The environment every example runs in. */
export const README_ENV = { COLUMNS: '100', NO_COLOR: '1', JURISDIFF_TODAY: README_TODAY };

/** Runs the built CLI as a process: what a reader who copies the command sees. */
function runProcess(args) {
  const result = spawnSync(process.execPath, ['bin/jurisdiff.js', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH, ...README_ENV } });
  return result.stdout + result.stderr;
}

/** The README with every example's output as `run(args)` prints it (a process by default; the tests run main() in-process). */
export async function regenerate(text, run = async (args) => runProcess(args)) {
  const output = async (command) => {
    const [, args, head] = /^jurisdiff (.*?)(?: \| head -n (\d+))?$/.exec(command);
    const printed = await run(words(args));
    return head ? `${printed.split('\n').slice(0, Number(head)).join('\n')}\n` : printed;
  };
  const blocks = [...text.matchAll(/```\n(\$ jurisdiff [\s\S]*?)```/g)];
  let out = '';
  let at = 0;
  for (const block of blocks) {
    const commands = block[1].split('\n').filter((line) => line.startsWith('$ jurisdiff ')).map((line) => line.slice(2));
    let body = '';
    for (const command of commands) body += `$ ${command}\n${await output(command)}`;
    out += `${text.slice(at, block.index)}\`\`\`\n${body}\`\`\``;
    at = block.index + block[0].length;
  }
  out += text.slice(at);
  const coverage = (await output('jurisdiff coverage')).trim().split('\n').slice(-6, -1).map((l) => `- ${l}`).join('\n');
  return out.replace(/(<!-- coverage:start -->\n)[\s\S]*?(<!-- coverage:end -->)/, `$1${coverage}\n$2`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(path, 'utf8');
  const next = await regenerate(text);
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
