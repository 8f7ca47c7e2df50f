import Table from 'cli-table3';
import stringWidth from 'string-width';
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

/** A cell styled as a whole (dim, warning colour): wrapped as plain text, the style put back on every line. */
const WHOLE_STYLE = /^(\x1b\[[0-9;]*m)([^\x1b]*)(\x1b\[[0-9;]*m)$/;
const ANSI = /\x1b\[[0-9;]*m/g;

const width = (text: string) => stringWidth(text);
const plain = (text: string) => text.replace(ANSI, '');

/** The widest unbreakable piece of a cell: an id, a figure, a date or a URL is never cut. */
function longestToken(text: string): number {
  let longest = 0;
  for (const line of plain(text).split('\n')) for (const token of line.split(' ')) longest = Math.max(longest, width(token));
  return longest;
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of plain(text).split('\n')) longest = Math.max(longest, width(line));
  return longest;
}

/** Wraps text at spaces to `columns`; a token longer than that stays whole on a line of its own. */
export function wrapText(text: string, columns: number): string {
  const styled = WHOLE_STYLE.exec(text);
  if (styled) return wrapText(styled[2]!, columns).split('\n').map((line) => `${styled[1]}${line}${styled[3]}`).join('\n');
  return text
    .split('\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      let used = 0;
      for (const word of paragraph.split(' ')) {
        const w = width(plain(word));
        if (line === '') (line = word), (used = w);
        else if (used + 1 + w <= columns) (line += ` ${word}`), (used += 1 + w);
        else lines.push(line), (line = word), (used = w);
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * A bordered table that fits `width` without cutting a word: each column is at least as wide as
 * its longest word, and the others share what is left, wrapping at spaces. When even that does
 * not fit, each row is printed as a record, one field a line. Widths are measured once per cell.
 */
export function renderTable(header: string[], sections: TableSection[], options: TableOptions): string {
  const style = options.style ?? plainStyle;
  const columns = header.length;
  const cells = (i: number) => [header[i]!, ...sections.flatMap((s) => s.rows.map((r) => r[i] ?? ''))];
  const natural = Array.from({ length: columns }, (_, i) => Math.max(1, ...cells(i).map(longestLine)) + 2);
  const minimum = Array.from({ length: columns }, (_, i) => Math.max(1, ...cells(i).map(longestToken)) + 2);
  const available = options.width - (columns + 1);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(minimum) > available) return renderRecords(header, sections, options.width, style);

  let widths = natural;
  if (sum(natural) > available) {
    widths = [...minimum];
    let spare = available - sum(widths);
    const lacking = natural.map((n, i) => n - widths[i]!);
    const totalLacking = sum(lacking);
    const grant = lacking.map((l) => Math.floor((spare * l) / totalLacking));
    widths = widths.map((w, i) => w + grant[i]!);
    spare -= sum(grant);
    // What rounding left over goes to the columns that still lack the most.
    for (const i of lacking.map((l, i) => ({ l: l - grant[i]!, i })).sort((a, b) => b.l - a.l).map((x) => x.i)) {
      if (spare <= 0) break;
      if (widths[i]! < natural[i]!) (widths[i]! += 1), spare--;
    }
  }
  const fit = (text: string, i: number) => wrapText(text, widths[i]! - 2);
  // Every cell is given to the table library one line at a time: it measures a cell's whole
  // text character by character for each line it draws, which is quadratic in a tall cell. The
  // lines between rows and the section titles are drawn here, from the same widths.
  const table = new Table({
    head: header.map((h, i) => style.heading(fit(h, i))),
    colWidths: widths,
    wordWrap: false,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    // cli-table3 colours head and borders itself unless told not to; colour is ours to decide.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  const marks: string[] = [];
  const mark = (line: string) => {
    marks.push(line);
    table.push(Array.from({ length: columns }, () => `${MARK}${marks.length - 1}`));
  };
  const rule = (junction: string) => `├${widths.map((w) => '─'.repeat(w)).join(junction)}┤`;
  const inner = sum(widths) + columns - 1;
  // What the last drawn line was: the columns (the header or a row) or a full-width title.
  let after: 'columns' | 'title' = 'columns';
  for (const section of sections) {
    if (section.title !== undefined) {
      mark(after === 'columns' ? rule('┴') : `├${'─'.repeat(inner)}┤`);
      for (const line of wrapText(section.title, inner - 2).split('\n')) mark(`│ ${style.heading(line)}${' '.repeat(Math.max(0, inner - 2 - width(line)))} │`);
      after = 'title';
    }
    for (const row of section.rows) {
      mark(rule(after === 'title' ? '┬' : '┼'));
      after = 'columns';
      const cells = row.map((cell, i) => fit(cell, i).split('\n'));
      const height = Math.max(...cells.map((c) => c.length));
      for (let line = 0; line < height; line++) table.push(cells.map((c, i) => (i === 0 ? style.dim(c[line] ?? '') : (c[line] ?? ''))));
    }
  }
  const drawn = table
    .toString()
    .split('\n')
    .map((line) => {
      const at = line.indexOf(MARK);
      return at === -1 ? line : marks[Number(/\d+/.exec(line.slice(at + 1))![0])]!;
    });
  return `${drawn.join('\n')}\n`;
}

/** A cell that stands for a line drawn here (a rule or a title), replaced after the table is drawn. */
const MARK = '\uE000';

/** The layout for a screen too narrow for the columns: every row as a record, "field: value". */
function renderRecords(header: string[], sections: TableSection[], columns: number, style: Style): string {
  const out: string[] = [];
  const rule = '─'.repeat(Math.max(1, Math.min(columns, 40)));
  for (const section of sections) {
    if (section.title !== undefined) out.push(style.heading(wrapText(section.title, columns)));
    for (const row of section.rows) {
      out.push(rule);
      row.forEach((cell, i) => {
        if (cell === '') return;
        const label = i === 0 ? (header[0] ? `${header[0]}: ` : '') : `${header[i]}: `;
        const text = wrapText(`${plain(label)}${cell}`, columns);
        out.push(i === 0 ? style.heading(text) : text);
      });
    }
  }
  return `${out.join('\n')}\n`;
}
