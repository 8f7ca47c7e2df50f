import type { Comparison } from '../compare/compare.js';
import { comparisonGrid, comparisonLongGrid, renderComparisonTable } from '../render/comparison.js';
import { renderCsv, renderMarkdown, type Grid } from '../render/grid.js';
import { toSafeJson as renderJson } from '../render/safe-text.js';
import { renderTable } from '../render/table.js';
import type { Context } from './context.js';

/** Writes a comparison in the context's format; `json` is what JSON output holds. */
export function writeComparison(context: Context, comparison: Comparison, json: unknown): void {
  context.write(
    context.format === 'json'
      ? renderJson(json)
      : context.format === 'table'
        ? renderComparisonTable(comparison, { width: context.width, style: context.style })
        : context.format === 'csv'
          ? renderCsv(comparisonLongGrid(comparison))
          : renderMarkdown(comparisonGrid(comparison)),
  );
}

/** A plain grid in table, CSV or Markdown form (JSON callers pass their own data). */
export function writeGrid(context: Context, grid: Grid, json: unknown, footer = ''): void {
  context.write(
    context.format === 'json'
      ? renderJson(json)
      : context.format === 'table'
        ? renderTable(grid.header, [{ rows: grid.rows }], { width: context.width, style: context.style }) + footer
        : writeGridFormat(context, grid),
  );
}

function writeGridFormat(context: Context, grid: Grid): string {
  return context.format === 'csv' ? renderCsv(grid) : renderMarkdown(grid);
}
