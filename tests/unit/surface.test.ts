import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/surface.js';
import { ROOT } from '../e2e/run-cli.js';

describe('the command table', () => {
  it('names one module per command, and every module is a command', () => {
    const modules = readdirSync(join(ROOT, 'src/cli/commands')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(modules.sort());
  });
});
