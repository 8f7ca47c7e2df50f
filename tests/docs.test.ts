import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../src/render/diagnostics.js';

describe('docs/DIAGNOSTICS.md', () => {
  it('lists the rule catalogue exactly (run `npm run docs` after changing src/diagnostic.ts)', () => {
    const doc = readFileSync(new URL('../docs/DIAGNOSTICS.md', import.meta.url), 'utf8');
    const block = /<!-- rules:start[^\n]*-->\n([\s\S]*?)<!-- rules:end -->/.exec(doc)?.[1];
    expect(block).toBe(rulesMarkdown());
  });
});
