import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './run-cli.js';

const DATA = join(ROOT, 'jurisdictions');
const files = readdirSync(DATA).filter((n) => n.endsWith('.yaml'));

/** Tools nobody here wrote, run the way their users run them, must read the data as jurisdiff does. */
describe('the data as other tools read it', () => {
  it('ajv-cli, run with its defaults, accepts every file against the exported schema', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/ajv-cli/dist/index.js'), 'validate', '-s', 'schema/jurisdiction.schema.json', '-d', 'jurisdictions/*.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.endsWith(' valid'))).toHaveLength(files.length);
  });

  it('a YAML 1.1 reader (js-yaml, as PyYAML and ruamel are) sees the same values as jurisdiff', () => {
    const jsYaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    for (const name of files) {
      const text = readFileSync(join(DATA, name), 'utf8');
      expect(jsYaml.load(text), name).toEqual(parse(text));
    }
  });

  const yamllint = spawnSync('yamllint', ['--version']).status === 0;
  it.skipIf(!yamllint)('yamllint passes with the committed .yamllint', () => {
    expect(() => execFileSync('yamllint', ['-s', 'jurisdictions'], { cwd: ROOT, encoding: 'utf8' })).not.toThrow();
  });
});
