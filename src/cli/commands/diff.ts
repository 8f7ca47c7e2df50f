import { diffJurisdictions } from '../../compare/diff.js';
import { SCHEMA_KEY_ORDER } from '../../schema/layout.js';
import { recordOn } from '../../model/as-of.js';
import { selectFields } from '../../model/select.js';
import { safeText } from '../../render/safe-text.js';
import { describeValue } from '../../render/wording.js';
import { EXIT } from '../exit-codes.js';
import { parseDay, parseFields, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeGrid } from '../output.js';

interface DiffOptions extends CommonOptions {
  offence?: string;
  fields?: string;
  exitCode?: boolean;
}

/** "de@2020-01-01": a jurisdiction as its law stood on a day; "de": as it stands today. */
function side(context: Context, text: string): { id: string; day: string; label: string } {
  const at = text.lastIndexOf('@');
  if (at === -1) return { id: text, day: context.asOf, label: text };
  const day = parseDay(text.slice(at + 1), `the date in '${safeText(text, { singleLine: true })}'`);
  return { id: text.slice(0, at), day, label: text };
}

export default function diff(args: unknown[], options: DiffOptions, context: Context): number {
  const [a, b] = [side(context, String(args[0])), side(context, String(args[1]))];
  const offences = parseOffences(context, options.offence);
  const fields = parseFields(options.fields);
  const [left, right] = resolveIds(context, [a.id, b.id].length === 2 && a.id === b.id ? [a.id] : [a.id, b.id]).map((r) => r.record);
  const records = [selectFields(recordOn(left!, a.day), { offences, fields }), selectFields(recordOn(right ?? left!, b.day), { offences, fields })];
  const registry = (name: 'offences' | 'treaties') => Object.keys(context.dataset().registry(name).value ?? {});
  const changes = diffJurisdictions(records[0]!, records[1]!, [...registry('offences'), ...registry('treaties'), ...SCHEMA_KEY_ORDER]);
  if (context.format === 'table' && changes.length === 0) {
    context.write(`${a.label} and ${b.label} do not differ${offences || fields ? ' in the selected fields' : ''}\n`);
  } else {
    const human = context.format === 'table' || context.format === 'markdown';
    writeGrid(
      context,
      {
        header: ['field', a.label, b.label],
        rows: changes.map((c) => [human ? readablePath(c.path) : c.path, human ? describeValue(c.path, c.a) : raw(c.a), human ? describeValue(c.path, c.b) : raw(c.b)]),
      },
      { a: a.label, b: b.label, as_of: { a: a.day, b: b.day }, changes: changes.map((c) => ({ path: c.path, a: c.a ?? null, b: c.b ?? null })) },
      context.format === 'table' ? `${changes.length} field${changes.length === 1 ? '' : 's'} differ; — means not set\n` : '',
    );
  }
  return options.exitCode && changes.length > 0 ? EXIT.findings : EXIT.ok;
}

function raw(v: unknown): string {
  return v === undefined ? '' : safeText(typeof v === 'string' ? v : JSON.stringify(v));
}

/** "offences.production.imprisonment" → "production › imprisonment": wraps in narrow tables. */
function readablePath(path: string): string {
  return path.replace(/^offences\./, '').replace(/\[(\d+)\]/g, ' #$1').split('.').join(' › ');
}
