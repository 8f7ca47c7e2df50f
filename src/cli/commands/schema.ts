import { jurisdictionJsonSchema } from '../../schema/json-schema.js';
import type { CommonOptions, Context } from '../context.js';

export default function schema(_args: unknown[], _options: CommonOptions, context: Context): number {
  context.write(`${JSON.stringify(jurisdictionJsonSchema(), null, 2)}\n`);
  return 0;
}
