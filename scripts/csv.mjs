// RFC 4180 CSV for the data scripts: quoted fields may hold commas, quotes ("") and line breaks.
import { readFileSync } from 'node:fs';

/** Every row of a CSV file as an array of fields. */
export function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** The rows of a CSV file with a header line, as objects keyed by the header's names. */
export function readCsv(path) {
  const [header, ...body] = csvRows(readFileSync(path, 'utf8'));
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
