import { compareJurisdictions } from '../../compare/compare.js';
import { recordOn } from '../../model/as-of.js';
import { selectFields } from '../../model/select.js';
import { safeText } from '../../render/safe-text.js';
import { asOfHeading, comparisonRegistries, parseFields, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeComparison } from '../output.js';

interface ShowOptions extends CommonOptions {
  offence?: string;
  fields?: string;
  cite?: boolean;
}

export default function show(args: unknown[], options: ShowOptions, context: Context): number {
  const offences = parseOffences(context, options.offence);
  const fields = parseFields(options.fields);
  const [resolved] = resolveIds(context, [String(args[0])]);
  const record = resolved!.record;
  const registries = comparisonRegistries(context);
  // Every offence of the taxonomy, researched or not, as compare shows it: a gap is said, not left out.
  const comparison = compareJurisdictions([resolved!], { ...registries, offences: offences ?? Object.keys(registries.offenceRegistry ?? {}), fields, cite: options.cite });
  if (context.format === 'table') {
    const facts = [record.id, record.kind, record.parent ? `part of ${record.parent}` : undefined, record.region, record.legal_system?.replace(/_/g, ' '), `reviewed ${record.reviewed}`];
    context.write(`${context.style.heading(safeText(record.name, { singleLine: true }))}\n${context.style.dim(facts.filter(Boolean).join(' · '))}\n${asOfHeading(context)}`);
    const subdivisions = context.dataset().ids().filter((id) => id.startsWith(`${record.id}-`));
    if (!record.offences && subdivisions.length > 0 && (fields === undefined || fields.includes('penalties'))) {
      context.write(`Criminal law is made below the country here: the offences are in ${subdivisions.join(', ')} ('jurisdiff compare ${subdivisions.join(' ')}').\n`);
    }
  }
  const json = { ...selectFields(recordOn(record, context.asOf), { offences, fields }), ...(context.asOfGiven ? { as_of: context.asOf } : {}) };
  writeComparison(context, comparison, json);
  if (context.format === 'table' && record.notes && !options.offence && !options.fields) context.write(`\nNotes: ${safeText(record.notes)}\n`);
  return 0;
}
