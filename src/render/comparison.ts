import type { Comparison, Row } from '../compare/compare.js';
import { formatCell } from './cell.js';
import { NO_FIGURE, NOT_RESEARCHED, UNVERIFIED_MARK } from './wording.js';
import type { Grid } from './grid.js';
import { safeText } from './safe-text.js';
import { plainStyle, type Style } from './style.js';
import { renderTable, wrapText, type TableSection } from './table.js';

export interface ComparisonTableOptions {
  width: number;
  style?: Style;
}

/** Narrowest a jurisdiction column may get before the table is split into several. */
const MIN_COLUMN = 18;

/** One row per figure, one column per jurisdiction: the machine-readable form of a comparison. */
export function comparisonGrid(comparison: Comparison): Grid {
  return {
    header: ['section', 'field', ...comparison.ids],
    rows: comparison.rows.map((row) => [row.section, row.label, ...row.cells.map((cell) => formatCell(row.kind, cell))]),
  };
}

/**
 * Long form for CSV: one row per jurisdiction × figure, so a data frame can filter and pivot it
 * without knowing the ids in advance. Rows keep the comparison's order, jurisdictions within each.
 */
export function comparisonLongGrid(comparison: Comparison): Grid {
  return {
    header: ['jurisdiction', 'section', 'field', 'value'],
    rows: comparison.rows.flatMap((row) => row.cells.map((cell, index) => [comparison.ids[index] ?? '', row.section, row.label, formatCell(row.kind, cell)])),
  };
}

/**
 * Terminal tables: one column per jurisdiction. When the jurisdictions do not fit side by side,
 * one table per section instead, with a row per jurisdiction ("which duty applies where?").
 */
export function renderComparisonTable(full: Comparison, options: ComparisonTableOptions): string {
  const style = options.style ?? plainStyle;
  const { comparison, footnotes } = withFootnotes(full);
  const labelWidth = Math.min(24, Math.max(...comparison.rows.map((r) => r.label.length), 8) + 2);
  const perTable = Math.max(1, Math.floor((options.width - labelWidth - 1) / (MIN_COLUMN + 1)));
  const notes = footnotes.length > 0 ? `\n${style.heading('Notes and sources')}\n${footnotes.map((f) => wrapText(f, options.width)).join('\n')}\n` : '';
  if (comparison.ids.length > perTable) return renderBySection(comparison, options.width, style) + notes + legend(comparison, style);
  const chunks: number[][] = [];
  for (let start = 0; start < comparison.ids.length; start += perTable) {
    chunks.push(comparison.ids.slice(start, start + perTable).map((_, i) => start + i));
  }
  const parts = chunks.map((columns) => {
    const header = ['', ...columns.map((i) => `${safeText(comparison.names[i]!, { singleLine: true })} (${comparison.ids[i]})`)];
    return renderTable(header, sectionsOf(comparison.rows, columns, style), { width: options.width, style });
  });
  return parts.join('\n') + notes + legend(comparison, style);
}

/**
 * Notes and source lists are prose: in a cell they make rows tall and narrow columns unreadable.
 * The table gets a numbered reference; the text follows the table, in full.
 */
function withFootnotes(comparison: Comparison): { comparison: Comparison; footnotes: string[] } {
  const footnotes: string[] = [];
  const rows = comparison.rows.map((row): Row => {
    if (row.kind !== 'note' && row.kind !== 'sources') return row;
    return {
      ...row,
      kind: 'text',
      cells: row.cells.map((cell, i) => {
        const text = formatCell(row.kind, cell);
        if (cell.notResearched || text === '') return cell;
        footnotes.push(`[${footnotes.length + 1}] ${row.section}, ${row.label.toLowerCase()} — ${safeText(comparison.names[i]!, { singleLine: true })} (${comparison.ids[i]}): ${text.replace(/\n/g, ' · ')}`);
        return { value: `see [${footnotes.length}]` };
      }),
    };
  });
  return { comparison: { ...comparison, rows }, footnotes };
}

function renderBySection(comparison: Comparison, width: number, style: Style): string {
  const sections = [...new Set(comparison.rows.map((r) => r.section))];
  return sections
    .map((section) => {
      // Rows that say nothing for anyone (no aggravation anywhere) are left out.
      const rows = comparison.rows.filter(
        (r) => r.section === section && r.cells.some((c) => !c.notResearched && formatCell(r.kind, c) !== ''),
      );
      const header = [section, ...rows.map((r) => r.label)];
      const body = comparison.ids.map((id, i) => {
        const name = `${safeText(comparison.names[i]!, { singleLine: true })} (${id})`;
        // A jurisdiction with nothing researched in the section gets one cell saying so, not a row of dashes.
        if (rows.every((r) => r.cells[i]!.notResearched)) return [name, style.dim(`${NOT_RESEARCHED} ${NO_FIGURE.not_researched}`), ...rows.slice(1).map(() => '')];
        return [
          name,
          ...rows.map((r) => {
            const cell = r.cells[i]!;
            const text = formatCell(r.kind, cell);
            return cell.notResearched ? style.dim(text) : text.includes(UNVERIFIED_MARK) ? style.warn(text) : text;
          }),
        ];
      });
      return rows.length === 0 ? '' : renderTable(header, [{ rows: body }], { width, style });
    })
    .filter(Boolean)
    .join('\n');
}

function sectionsOf(rows: readonly Row[], columns: readonly number[], style: Style): TableSection[] {
  const sections: TableSection[] = [];
  const blank = new Set(
    [...new Set(rows.map((r) => r.section))].filter((section) =>
      rows.filter((r) => r.section === section).every((r) => columns.every((i) => r.cells[i]!.notResearched)),
    ),
  );
  for (const row of rows) {
    if (blank.has(row.section)) {
      if (sections[sections.length - 1]?.title !== row.section) {
        sections.push({ title: row.section, rows: [['', ...columns.map(() => style.dim(`${NOT_RESEARCHED} ${NO_FIGURE.not_researched}`))]] });
      }
      continue;
    }
    let section = sections[sections.length - 1];
    if (!section || section.title !== row.section) {
      section = { title: row.section, rows: [] };
      sections.push(section);
    }
    // A row with nothing recorded in any column (no fine, no aggravation) says nothing.
    if (columns.every((i) => !row.cells[i]!.notResearched && formatCell(row.kind, row.cells[i]!) === '')) continue;
    section.rows.push([
      row.label,
      ...columns.map((i) => {
        const cell = row.cells[i]!;
        const text = formatCell(row.kind, cell);
        if (cell.notResearched) return style.dim(text);
        return text.includes(UNVERIFIED_MARK) || (row.kind === 'confidence' && text === 'unverified') ? style.warn(text) : text;
      }),
    ]);
  }
  return sections;
}

function legend(comparison: Comparison, style: Style): string {
  const notes: string[] = [];
  const cells = comparison.rows.flatMap((r) => r.cells.map((c) => ({ kind: r.kind, cell: c })));
  if (cells.some(({ cell }) => cell.notResearched)) notes.push(`${NOT_RESEARCHED} ${NO_FIGURE.not_researched}`);
  if (cells.some(({ kind, cell }) => formatCell(kind, cell).includes(UNVERIFIED_MARK))) {
    notes.push(`${UNVERIFIED_MARK} not seen on any source page: check before relying on it`);
  }
  notes.push('Not legal advice: check the cited statute.');
  return style.dim(notes.join(' · ')) + '\n';
}
