import Table from 'cli-table3';
import { plainStyle, type Style } from './style.js';

export interface TableOptions {
  /** Terminal columns to fit into. */
  width: number;
  style?: Style;
}

export interface TableSection {
  /** Shown as a full-width row above the section's rows. */
  title?: string;
  rows: string[][];
}

const BORDERS = 3; // "│ " and " " around every column, plus one closing "│"

/**
 * A bordered table that fits `width`: the first column keeps what its labels need (within
 * reason) and the others share the rest, wrapping words.
 */
export function renderTable(header: string[], sections: TableSection[], options: TableOptions): string {
  const style = options.style ?? plainStyle;
  const columns = header.length;
  const widths = columnWidths(header, sections, options.width);
  const table = new Table({
    head: header.map((h) => style.heading(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours head and borders itself unless told not to; colour is ours to decide.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const section of sections) {
    if (section.title !== undefined) table.push([{ colSpan: columns, content: style.heading(section.title) }]);
    for (const row of section.rows) table.push(row.map((cell, i) => (i === 0 ? style.dim(cell) : cell)));
  }
  return `${table.toString()}\n`;
}

function columnWidths(header: string[], sections: TableSection[], width: number): number[] {
  const columns = header.length;
  const longest = (i: number) =>
    Math.max(
      header[i]!.length,
      ...sections.flatMap((s) => s.rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => [...l].length)))),
    );
  const available = Math.max(width - 1, columns * 8);
  const first = Math.min(longest(0) + 2, Math.max(12, Math.floor(available * 0.3)));
  if (columns === 1) return [first];
  const rest = available - first - (columns - 1);
  const natural = Array.from({ length: columns - 1 }, (_, i) => longest(i + 1) + 2);
  const totalNatural = natural.reduce((a, b) => a + b, 0);
  if (totalNatural <= rest) return [first, ...natural];
  const share = Math.max(8, Math.floor(rest / (columns - 1)));
  // Give narrow columns what they need and split the remainder among the wide ones.
  let budget = rest;
  let wide = natural.length;
  const out = natural.map(() => 0);
  const order = natural.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
  for (const [need, index] of order) {
    const fair = Math.max(8, Math.floor(budget / wide));
    out[index] = Math.min(need, fair);
    budget -= out[index]!;
    wide--;
  }
  return [first, ...out.map((w) => Math.max(w, Math.min(share, 8)))];
}

export { BORDERS };
