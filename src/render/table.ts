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
  const lines = (i: number) => [header[i]!, ...sections.flatMap((s) => s.rows.map((r) => r[i] ?? ''))].flatMap((t) => t.split('\n'));
  const length = (text: string) => [...text].length;
  const natural = Array.from({ length: columns }, (_, i) => Math.max(...lines(i).map(length)) + 2);
  // The longest word, so that wrapping never has to cut one (capped: URLs may still be cut).
  const longestWord = Array.from({ length: columns }, (_, i) => Math.min(16, Math.max(...lines(i).flatMap((l) => l.split(/\s+/)).map(length)) + 2));
  const available = Math.max(width - (columns + 1), columns * 6);
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural;

  const first = Math.min(natural[0]!, Math.max(12, Math.floor(available * 0.25)));
  const widths = [first, ...natural.slice(1).map((n, i) => Math.min(n, Math.max(8, longestWord[i + 1]!)))];
  let spare = available - widths.reduce((a, b) => a + b, 0);
  if (spare < 0) {
    // Too many columns even at their longest word: shrink all to fit, cutting long words.
    const scale = available / widths.reduce((a, b) => a + b, 0);
    return widths.map((w) => Math.max(6, Math.floor(w * scale)));
  }
  // Share what is left in proportion to what each column still lacks.
  const lacking = widths.map((w, i) => (i === 0 ? 0 : natural[i]! - w));
  const totalLacking = lacking.reduce((a, b) => a + b, 0);
  if (spare > 0 && totalLacking > 0) {
    const grant = lacking.map((l) => Math.floor((spare * l) / totalLacking));
    grant.forEach((g, i) => (widths[i]! += g));
    spare -= grant.reduce((a, b) => a + b, 0);
  }
  return widths;
}

