import { diffJurisdictions } from '../../compare/diff.js';
import { selectFields } from '../../model/select.js';
import { safeText } from '../../render/safe-text.js';
import { EXIT } from '../exit-codes.js';
import { parseFields, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

interface DiffOptions extends CommonOptions {
  offence?: string;
  fields?: string;
  exitCode?: boolean;
}

export default function diff(args: unknown[], options: DiffOptions, context: Context): number {
  const [a, b] = [String(args[0]), String(args[1])];
  const offences = parseOffences(context, options.offence);
  const fields = parseFields(options.fields);
  const [left, right] = resolveIds(context, [a, b]).map((r) => selectFields(r.record, { offences, fields }));
  const changes = diffJurisdictions(left!, right!);
  const show = (v: unknown) => (v === undefined ? '—' : safeText(typeof v === 'string' ? v : JSON.stringify(v)));
  if (context.format === 'table' && changes.length === 0) {
    context.write(`${a} and ${b} do not differ${offences || fields ? ' in the selected fields' : ''}\n`);
  } else {
    writeGrid(
      context,
      { header: ['field', a, b], rows: changes.map((c) => [context.format === 'table' ? readablePath(c.path) : c.path, show(c.a), show(c.b)]) },
      { a, b, changes: changes.map((c) => ({ path: c.path, a: c.a ?? null, b: c.b ?? null })) },
      context.format === 'table' ? `${changes.length} field${changes.length === 1 ? '' : 's'} differ; — means not set\n` : '',
    );
  }
  return options.exitCode && changes.length > 0 ? EXIT.findings : EXIT.ok;
}

/** "offences.production.imprisonment.max" → "production › imprisonment › max": wraps in narrow tables. */
function readablePath(path: string): string {
  return path.replace(/^offences\./, '').replace(/\[(\d+)\]/g, ' #$1').split('.').join(' › ');
}
