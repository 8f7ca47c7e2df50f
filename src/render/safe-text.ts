const UNSAFE_GLOBAL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_WITH_NEWLINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/**
 * Makes data safe to print on a terminal: control characters, C1 codes and bidi overrides
 * become visible "\uXXXX" escapes instead of acting on the terminal. Line breaks survive
 * unless `singleLine` is set.
 */
export function safeText(text: string, options: { singleLine?: boolean } = {}): string {
  return text.replace(options.singleLine ? UNSAFE_WITH_NEWLINE : UNSAFE_GLOBAL, (c) => `\\u${hex4(c)}`);
}

/** JSON with every character that could act on a terminal escaped; JSON syntax itself is ASCII, so this is lossless. */
export function toSafeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${hex4(c)}`)}\n`;
}
