import { compareJurisdictions } from '../../compare/compare.js';
import { recordOn } from '../../model/as-of.js';
import { selectFields } from '../../model/select.js';
import { usageError } from '../exit-codes.js';
import { asOfHeading, comparisonRegistries, idsFrom, parseFields, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeComparison } from '../output.js';

interface CompareOptions extends CommonOptions {
  all?: boolean;
  offence?: string;
  fields?: string;
  cite?: boolean;
}

export default function compare(args: unknown[], options: CompareOptions, context: Context): number {
  const ids = idsFrom(context, args, options, { allByDefault: false });
  if (ids.length === 0) throw usageError("compare needs jurisdiction ids (e.g. 'jurisdiff compare jp sg sa') or --all");
  const offences = parseOffences(context, options.offence);
  const fields = parseFields(options.fields);
  const resolved = resolveIds(context, ids);
  const comparison = compareJurisdictions(resolved, { ...comparisonRegistries(context), offences, fields, cite: options.cite });
  if (context.format === 'table') context.write(asOfHeading(context));
  const records = resolved.map((r) => ({ ...selectFields(recordOn(r.record, context.asOf), { offences, fields }), ...(context.asOfGiven ? { as_of: context.asOf } : {}) }));
  writeComparison(context, comparison, records);
  return 0;
}
