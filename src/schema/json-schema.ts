import { z } from 'zod';
import { Jurisdiction } from './jurisdiction.js';

/** Draft-07, because editors' YAML language servers ignore newer drafts' keywords. */
export function jurisdictionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Jurisdiction, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
}
