// Rewrites the generated parts of the documentation from the code: the rules tables of
// docs/DIAGNOSTICS.md from the rule catalogue. tests/docs.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../dist/lib/index.js';

const path = new URL('../docs/DIAGNOSTICS.md', import.meta.url);
const text = readFileSync(path, 'utf8');
const next = text.replace(/(<!-- rules:start[^\n]*-->\n)[\s\S]*?(<!-- rules:end -->)/, (_, start, end) => `${start}${rulesMarkdown()}${end}`);
writeFileSync(path, next);
console.log(next === text ? 'docs/DIAGNOSTICS.md is up to date' : 'docs/DIAGNOSTICS.md rewritten');
