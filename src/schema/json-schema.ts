import { z } from 'zod';
import { Jurisdiction } from './jurisdiction.js';

/**
 * Draft-07, because editors' YAML language servers ignore newer drafts' keywords. Dates are
 * checked by their pattern alone: `format: "date"` makes ajv's default (strict) run refuse the
 * whole schema as using an unknown format, and every reader of the pattern sees the same rule.
 */
export function jurisdictionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Jurisdiction, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  const strip = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(strip);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.format === 'date' && typeof record.pattern === 'string') delete record.format;
      Object.values(record).forEach(strip);
    }
  };
  strip(schema);
  return schema;
}
