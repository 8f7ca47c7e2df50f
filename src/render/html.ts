import { safeText } from './safe-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML content or a quoted attribute. Control and bidi-override characters become
 * visible "\uXXXX" first, so data cannot reorder what a reader sees (Trojan Source).
 */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) stays text. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>`\\]+$/i.test(url) ? escapeHtml(url) : undefined;
}

/** `<a>` to a source page; opens no window handle to us and sends no referrer. */
export function link(url: string, text: string, attributes = ''): string {
  const href = safeHref(url);
  if (!href) return `${escapeHtml(text)} <span class="bad-url">(link left out: not an http(s) address)</span>`;
  return `<a href="${href}" rel="noopener noreferrer external"${attributes ? ` ${attributes}` : ''}>${escapeHtml(text)}</a>`;
}

/** Short ids used in element ids and fragment links: letters, digits and "-" only. */
export function anchor(...parts: string[]): string {
  return parts.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-')).join('-');
}
