import { compareJurisdictions } from '../../compare/compare.js';
import { selectFields } from '../../model/select.js';
import { safeText } from '../../render/safe-text.js';
import { parseFields, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeComparison } from '../output.js';

interface ShowOptions extends CommonOptions {
  offence?: string;
  fields?: string;
  cite?: boolean;
}

export default function show(args: unknown[], options: ShowOptions, context: Context): number {
  const id = String(args[0]);
  const offences = parseOffences(context, options.offence);
  const fields = parseFields(options.fields);
  const [resolved] = resolveIds(context, [id]);
  const registries = context.dataset().registries();
  const comparison = compareJurisdictions([resolved!], {
    offences,
    fields,
    cite: options.cite,
    offenceRegistry: registries.offences.value,
    treatyRegistry: registries.treaties.value,
  });
  const record = resolved!.record;
  if (context.format === 'table') {
    const facts = [record.id, record.kind, record.parent ? `part of ${record.parent}` : undefined, record.region, record.legal_system.replace(/_/g, ' '), `reviewed ${record.reviewed}`];
    context.write(`${context.style.heading(safeText(record.name, { singleLine: true }))}\n${context.style.dim(facts.filter(Boolean).join(' · '))}\n`);
  }
  writeComparison(context, comparison, selectFields(record, { offences, fields }));
  if (context.format === 'table' && record.notes && !options.offence && !options.fields) {
    context.write(`\nNotes: ${safeText(record.notes)}\n`);
  }
  return 0;
}
