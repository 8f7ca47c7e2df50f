import { safeText } from './safe-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Markup that is safe to place in a page: only the `html` tag (which escapes what it interpolates)
 * and `trustedHtml` (for the project's own constants) make one, so data can never reach the page
 * unescaped by forgetting a call.
 */
export class Html {
  readonly #markup: string;
  private constructor(markup: string) {
    this.#markup = markup;
  }
  static fromTrusted(markup: string): Html {
    return new Html(markup);
  }
  toString(): string {
    return this.#markup;
  }
}

/** What a template may interpolate: text and numbers are escaped, nothing-values vanish, arrays join. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

/**
 * Text for HTML content or a quoted attribute. Control and bidi-override characters become
 * visible "\uXXXX" first, so data cannot reorder what a reader sees (Trojan Source).
 */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function interpolate(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(interpolate).join('');
  return escapeHtml(String(value));
}

/** The tag every piece of the report is written with: `html\`<td>${text}</td>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]!) + strings[i + 1]!;
  return Html.fromTrusted(out);
}

/** Markup written by this project itself (the style sheet, the script); never data. */
export function trustedHtml(markup: string): Html {
  return Html.fromTrusted(markup);
}

/** Fragments joined by a separator (itself escaped when it is text). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  const sep = interpolate(separator);
  return Html.fromTrusted(parts.map(interpolate).filter((p) => p !== '').join(sep));
}

/**
 * Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) stays
 * text. An apostrophe or a parenthesis is fine: attribute values are quoted and escaped.
 */
export function safeHref(url: string): string | undefined {
  if (!/^https?:\/\/[^\s"<>`\\]+$/i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `<a>` to a source page; opens no window handle to us and sends no referrer. */
export function link(url: string, text: HtmlValue, title?: string): Html {
  const href = safeHref(url);
  if (!href) return html`${text} <span class="bad-url">(link left out: not an http(s) address)</span>`;
  return html`<a href="${href}" rel="noopener noreferrer external"${title ? html` title="${title}"` : ''}>${text}</a>`;
}

/** Short ids used in element ids and fragment links: letters, digits and "-" only. */
export function anchor(...parts: string[]): string {
  return parts.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-')).join('-');
}
