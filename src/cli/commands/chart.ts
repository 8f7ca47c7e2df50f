import { usageError } from '../exit-codes.js';
import type { CommonOptions, Context } from '../context.js';

export default function chart(_args: unknown[], _options: CommonOptions, _context: Context): number {
  throw usageError('chart is not available in this build');
}
