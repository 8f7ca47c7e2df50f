import { describe, expect, it } from 'vitest';
import { html, joinHtml, link, safeHref, trustedHtml } from '../../src/render/html.js';

describe('the html tag', () => {
  it('escapes every interpolated text, number and array item', () => {
    const name = `<b onclick="x">'&'</b>`;
    expect(String(html`<td title="${name}">${name}</td>`)).toBe('<td title="&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;">&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;</td>');
    expect(String(html`<ul>${['<a>', 2].map((v) => html`<li>${v}</li>`)}</ul>`)).toBe('<ul><li>&lt;a&gt;</li><li>2</li></ul>');
  });

  it('keeps markup made by the tag itself, and drops nothing-values', () => {
    const inner = html`<em>${'a<b'}</em>`;
    expect(String(html`<p>${inner}${undefined}${null}${false}</p>`)).toBe('<p><em>a&lt;b</em></p>');
    expect(String(joinHtml([html`<br>`, 'x&y', ''], ', '))).toBe('<br>, x&amp;y');
  });

  it('passes trusted markup unchanged (the style sheet, the script)', () => {
    expect(String(html`<style>${trustedHtml('a > b { content: "x" }')}</style>`)).toBe('<style>a > b { content: "x" }</style>');
  });

  it('shows control and bidi characters as visible escapes', () => {
    expect(String(html`${'a\u202eb'}`)).toBe('a\\u202eb');
  });
});

describe('links', () => {
  it('links a URL with an apostrophe or parentheses, escaped in the attribute', () => {
    expect(safeHref("https://example.org/l'état_(loi)")).toBe("https://example.org/l'état_(loi)");
    expect(String(link("https://example.org/l'état", 'text'))).toBe('<a href="https://example.org/l&#39;état" rel="noopener noreferrer external">text</a>');
  });

  it('never links anything but an absolute http(s) address', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'https://a b', 'https://x"onmouseover=1', 'ftp://example.org/']) {
      expect(safeHref(url), url).toBeUndefined();
      expect(String(link(url, 'x'))).toContain('link left out');
    }
  });
});
