/**
 * A fast reader for the plain subset of YAML that data files are written in: block mappings and
 * sequences indented with spaces, one-line flow collections ({ a: b }, [a, b]), one-line quoted
 * scalars, and plain scalars whose meaning no YAML reader disputes. It exists for speed only:
 * `validate` on thousands of files, and queries on raw YAML.
 *
 * It is conservative by design. It returns a value only when the full parser (parse-yaml.ts,
 * with its YAML 1.1 compatibility checks) would read the same text to the same value with no
 * error and no warning; for anything else (anchors, tags, block scalars, multi-line scalars,
 * tabs, "yes"/"on", numbers with signs or exponents, duplicate keys, ...) it returns undefined
 * and the caller uses the full parser, which then also reports whatever is wrong.
 */

/**
 * Any of these anywhere in the text sends it to the full parser: controls, tabs, and every space
 * but the plain one, so that JavaScript's trimming and \s mean exactly YAML's spaces.
 */
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;
const KEY = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;
/**
 * Every number and timestamp form of YAML 1.2 core and YAML 1.1 is written with digits, signs,
 * ".", ":", "_", spaces and the letters a-f, o, t, x, z (hex, octal, exponent, time). A text
 * that starts with a digit but has another letter, or a character not among these, is text
 * to every reader; one that starts like a timestamp (four digits and "-") is left alone.
 */
const CLEARLY_TEXT = /[^0-9A-Za-z_.:+\- ]|[g-np-suvwyG-NP-SUVWY]/;
const TIMESTAMP_START = /^\d{4}-/;
/** Plain scalars YAML 1.1 reads as booleans or null, in any case: never a plain string here. */
const DISPUTED_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^(?:0|[1-9][0-9]{0,7})\.[0-9]{1,7}$/;
/** Text in every schema: a 1.1 reader sees a timestamp, which parse-yaml.ts accepts for dates. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DURATION_LIKE = /^\d{1,5}[ymd](?:\d{1,5}[ymd]){0,2}$/;
/** Characters a plain scalar may not start with here (YAML indicators, signs, digits, dots). */
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`.+~<=\s\\0-9]/;

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
}

export function parseSimpleYaml(text: string): { value: Record<string, unknown> } | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  try {
    const lines: Line[] = [];
    for (const raw of text.split('\n')) {
      const body = raw.trimStart();
      if (body === '' || body.startsWith('#')) continue;
      const indent = raw.length - body.length;
      if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body.startsWith('%'))) return undefined;
      lines.push({ indent, text: body.trimEnd() });
    }
    if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
    const reader = new Reader(lines);
    const value = reader.mapping(0);
    if (reader.index !== lines.length) return undefined;
    return { value };
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  index = 0;
  constructor(private readonly lines: Line[]) {}

  private blockValue(parentIndent: number): unknown {
    const next = this.lines[this.index];
    if (!next || next.indent <= parentIndent) return unsupported(); // an empty value means null: leave it to the full parser
    return isSequenceItem(next.text) ? this.sequence(next.indent) : this.mapping(next.indent);
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isSequenceItem(line.text)) unsupported();
      const colon = line.text.indexOf(':');
      if (colon <= 0) unsupported();
      const key = line.text.slice(0, colon);
      checkKey(key);
      if (Object.prototype.hasOwnProperty.call(out, key)) unsupported();
      const rest = line.text.slice(colon + 1);
      this.index++;
      if (rest === '' || /^\s+#/.test(rest)) {
        out[key] = this.blockValue(indent);
      } else if (rest[0] === ' ') {
        out[key] = inlineValue(rest.trimStart());
        this.expectNoDeeperThan(indent);
      } else {
        unsupported();
      }
    }
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.indent < indent) break;
      if (line.indent > indent || !isSequenceItem(line.text)) unsupported();
      const rest = line.text.slice(1);
      const body = rest.trimStart();
      if (body === '' || body.startsWith('#') || body.startsWith('-')) unsupported();
      const keyEnd = compactKeyEnd(body);
      if (keyEnd > 0) {
        // "- key: value": a mapping whose keys line up after the dash.
        this.lines[this.index] = { indent: indent + 1 + (rest.length - body.length), text: body };
        out.push(this.mapping(indent + 1 + (rest.length - body.length)));
      } else {
        this.index++;
        out.push(inlineValue(body));
        this.expectNoDeeperThan(indent);
      }
    }
    return out;
  }

  private expectNoDeeperThan(indent: number): void {
    const next = this.lines[this.index];
    if (next && next.indent > indent) unsupported(); // a continuation line, or a syntax error
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** Where the key of "key: value" ends, or -1 when the text is not a simple key and value. */
function compactKeyEnd(text: string): number {
  const match = /^([a-z0-9_][a-z0-9_.-]*):(?: |$)/.exec(text);
  return match ? match[1]!.length : -1;
}

function checkKey(key: string): void {
  if (!KEY.test(key) || key === '__proto__' || DISPUTED_WORDS.has(key)) unsupported();
  if (/^[0-9]/.test(key) && (TIMESTAMP_START.test(key) || !CLEARLY_TEXT.test(key))) unsupported();
}

/** A value that starts after "key: " or "- " and ends with the line. */
function inlineValue(text: string): unknown {
  const first = text[0];
  if (first === '{' || first === '[' || first === '"' || first === "'") {
    const cursor = { text, at: 0 };
    const value = flowValue(cursor);
    endOfLine(cursor);
    return value;
  }
  // A plain scalar: a comment starts at " #"; ": " inside would be a nested mapping.
  const hash = text.search(/\s#/);
  const scalar = (hash === -1 ? text : text.slice(0, hash)).trimEnd();
  if (scalar.includes(': ') || scalar.endsWith(':')) unsupported();
  return plainScalar(scalar);
}

interface Cursor {
  text: string;
  at: number;
}

function skipSpaces(c: Cursor): void {
  while (c.text[c.at] === ' ') c.at++;
}

function endOfLine(c: Cursor): void {
  const rest = c.text.slice(c.at);
  if (rest !== '' && !/^\s+#/.test(rest) && rest.trim() !== '') unsupported();
}

function flowValue(c: Cursor): unknown {
  skipSpaces(c);
  const first = c.text[c.at];
  if (first === '{') return flowMapping(c);
  if (first === '[') return flowSequence(c);
  if (first === '"') return doubleQuoted(c);
  if (first === "'") return singleQuoted(c);
  const start = c.at;
  while (c.at < c.text.length && !',[]{}'.includes(c.text[c.at]!)) c.at++;
  const scalar = c.text.slice(start, c.at).trimEnd();
  if (scalar.includes(':') || scalar.includes('#')) unsupported();
  return plainScalar(scalar);
}

function flowMapping(c: Cursor): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  c.at++; // {
  skipSpaces(c);
  if (c.text[c.at] === '}') {
    c.at++;
    return out;
  }
  for (;;) {
    skipSpaces(c);
    const match = /^([a-z0-9_][a-z0-9_.-]*): /.exec(c.text.slice(c.at));
    if (!match) unsupported();
    const key = match![1]!;
    checkKey(key);
    if (Object.prototype.hasOwnProperty.call(out, key)) unsupported();
    c.at += match![0].length;
    out[key] = flowValue(c);
    skipSpaces(c);
    const next = c.text[c.at];
    c.at++;
    if (next === '}') return out;
    if (next !== ',') unsupported();
    skipSpaces(c);
    if (c.text[c.at] === '}') unsupported(); // a trailing comma
  }
}

function flowSequence(c: Cursor): unknown[] {
  const out: unknown[] = [];
  c.at++; // [
  skipSpaces(c);
  if (c.text[c.at] === ']') {
    c.at++;
    return out;
  }
  for (;;) {
    skipSpaces(c);
    if (c.text[c.at] === ',' || c.text[c.at] === ']') unsupported();
    out.push(flowValue(c));
    skipSpaces(c);
    const next = c.text[c.at];
    c.at++;
    if (next === ']') return out;
    if (next !== ',') unsupported();
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

function doubleQuoted(c: Cursor): string {
  let out = '';
  let at = c.at + 1;
  for (;;) {
    const close = c.text.indexOf('"', at);
    const escape = c.text.indexOf('\\', at);
    if (close === -1) unsupported(); // continues on the next line
    if (escape !== -1 && escape < close) {
      out += c.text.slice(at, escape);
      const code = c.text[escape + 1]!;
      if (code in ESCAPES) {
        out += ESCAPES[code];
        at = escape + 2;
      } else if (code === 'u' && /^[0-9a-fA-F]{4}$/.test(c.text.slice(escape + 2, escape + 6))) {
        const unit = parseInt(c.text.slice(escape + 2, escape + 6), 16);
        if (unit >= 0xd800 && unit <= 0xdfff) unsupported();
        out += String.fromCharCode(unit);
        at = escape + 6;
      } else {
        unsupported();
      }
      continue;
    }
    out += c.text.slice(at, close);
    c.at = close + 1;
    return out;
  }
}

function singleQuoted(c: Cursor): string {
  let out = '';
  let at = c.at + 1;
  for (;;) {
    const close = c.text.indexOf("'", at);
    if (close === -1) unsupported();
    out += c.text.slice(at, close);
    if (c.text[close + 1] === "'") {
      out += "'";
      at = close + 2;
      continue;
    }
    c.at = close + 1;
    return out;
  }
}

/** The value of a plain scalar, when the YAML 1.2 core schema and a YAML 1.1 reader agree on it. */
function plainScalar(text: string): unknown {
  if (text === '') unsupported();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (INTEGER.test(text)) return parseInt(text, 10);
  if (DECIMAL.test(text)) return parseFloat(text);
  if (ISO_DATE.test(text) || DURATION_LIKE.test(text)) return text;
  if (/^[0-9]/.test(text) && !TIMESTAMP_START.test(text) && CLEARLY_TEXT.test(text)) return text;
  if (NOT_PLAIN_START.test(text) || DISPUTED_WORDS.has(text.toLowerCase())) unsupported();
  return text;
}
