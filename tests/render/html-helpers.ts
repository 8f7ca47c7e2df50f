/** Just enough HTML reading for tests of our own, regular markup (no nested tables). */

export function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

export interface TermCell {
  id: string;
  bound: 'max' | 'min';
  /** The data form ("30y", "life"); absent when the cell shows a status instead. */
  term: string | undefined;
  text: string;
}

/** The maximum and minimum cells of every row of an offence table. */
export function termCells(html: string, offence: string): TermCell[] {
  const body = section(html, `offence-${offence.replace(/_/g, "-")}`);
  const cells: TermCell[] = [];
  for (const row of body.matchAll(/<tr data-id="([^"]+)"[^>]*>(.*?)<\/tr>/gs)) {
    for (const cell of row[2]!.matchAll(/<td[^>]*data-bound="(max|min)"([^>]*)>(.*?)<\/td>/gs)) {
      cells.push({
        id: row[1]!,
        bound: cell[1] as 'max' | 'min',
        term: /data-term="([^"]*)"/.exec(cell[2]!)?.[1],
        text: textOf(cell[3]!),
      });
    }
  }
  return cells;
}

export function rowIds(html: string, sectionId: string): string[] {
  return [...section(html, sectionId).matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]!);
}

export function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
