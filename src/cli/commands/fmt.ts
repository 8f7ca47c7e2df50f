import { canonicalize } from '../../load/canonical.js';
import { readDataFile } from '../../load/read-file.js';
import { displayPath } from '../../load/paths.js';
import { safeText } from '../../render/safe-text.js';
import { writeAtomically } from '../write-file.js';
import { EXIT } from '../exit-codes.js';
import { createContext, type CommonOptions, type Context } from '../context.js';

interface FmtOptions extends CommonOptions {
  check?: boolean;
}

export default function fmt(args: unknown[], options: FmtOptions, context: Context): number {
  const dir = args[0] as string | undefined;
  const target = dir === undefined ? context : createContext({ ...options, data: dir }, { env: {}, stdout: { write: context.write } }, ['text']);
  const dataset = target.dataset();
  const registries = dataset.registries();
  const order = { offences: Object.keys(registries.offences.value ?? {}), treaties: Object.keys(registries.treaties.value ?? {}) };
  const lines: string[] = [];
  let failed = 0;
  let pending = 0;
  for (const stem of dataset.allStems()) {
    const path = dataset.pathOf(stem)!;
    const file = displayPath(path);
    const read = readDataFile(path);
    if (!read.ok) {
      failed++;
      lines.push(`${file}: ${read.message} (not formatted)`);
      continue;
    }
    const outcome = canonicalize(file, read.text, order);
    if (!outcome.ok) {
      failed++;
      lines.push(`${safeText(outcome.reason, { singleLine: true })} (not formatted)`);
      continue;
    }
    if (!outcome.changed) continue;
    pending++;
    if (options.check) lines.push(`${file}: not in canonical form`);
    else {
      writeAtomically(path, outcome.text);
      lines.push(`${file}: formatted`);
    }
  }
  const summary = options.check
    ? `${pending} of ${dataset.allStems().length} files need formatting${failed ? `; ${failed} could not be read` : ''}`
    : `${pending} file${pending === 1 ? '' : 's'} formatted${failed ? `; ${failed} left untouched because they do not parse` : ''}`;
  context.write(`${lines.map((l) => `${l}\n`).join('')}${summary}\n`);
  return failed > 0 || (options.check && pending > 0) ? EXIT.findings : EXIT.ok;
}

