/** A table as plain strings: what CSV, Markdown and the terminal table all start from. */
export interface Grid {
  header: string[];
  rows: string[][];
}

/** RFC 4180 CSV: quoted where needed, CRLF-free (LF line ends), a header line first. */
export function renderCsv(grid: Grid): string {
  const quote = (value: string) => (/[",\n\r]/.test(value) || /^[=+\-@\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [grid.header, ...grid.rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

/** GitHub-flavoured Markdown table; line breaks inside cells become <br>. */
export function renderMarkdown(grid: Grid): string {
  const escape = (value: string) =>
    value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>') || ' ';
  const lines = [
    `| ${grid.header.map(escape).join(' | ')} |`,
    `| ${grid.header.map(() => '---').join(' | ')} |`,
    ...grid.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}
