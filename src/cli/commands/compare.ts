import { compareJurisdictions } from '../../compare/compare.js';
import { selectFields } from '../../model/select.js';
import { usageError } from '../exit-codes.js';
import { parseFields, parseOffences, resolveIds, type CommonOptions, type Context } from '../context.js';
import { writeComparison } from '../output.js';

interface CompareOptions extends CommonOptions {
  all?: boolean;
  offence?: string;
  fields?: string;
  cite?: boolean;
}

export default function compare(args: unknown[], options: CompareOptions, context: Context): number {
  const given = (args[0] as string[] | undefined) ?? [];
  if (options.all && given.length > 0) throw usageError('give jurisdiction ids or --all, not both');
  if (!options.all && given.length === 0) throw usageError("compare needs jurisdiction ids (e.g. 'jurisdiff compare jp sg sa') or --all");
  const offences = parseOffences(context, options.offence);
  const fields = parseFields(options.fields);
  const ids = options.all ? context.dataset().ids() : [...new Set(given)];
  const resolved = resolveIds(context, ids);
  const registries = context.dataset().registries();
  const comparison = compareJurisdictions(resolved, {
    offences,
    fields,
    cite: options.cite,
    offenceRegistry: registries.offences.value,
    treatyRegistry: registries.treaties.value,
  });
  writeComparison(context, comparison, resolved.map((r) => selectFields(r.record, { offences, fields })));
  return 0;
}
