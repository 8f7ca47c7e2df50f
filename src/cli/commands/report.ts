import { usageError } from '../exit-codes.js';
import type { CommonOptions, Context } from '../context.js';

export default function report(_args: unknown[], _options: CommonOptions, _context: Context): number {
  throw usageError('report is not available in this build');
}
