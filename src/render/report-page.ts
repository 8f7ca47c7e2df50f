import { createHash } from 'node:crypto';
import { html, joinHtml, trustedHtml, type HtmlValue } from './html.js';
import { REPORT_CSS, REPORT_JS } from './report-assets.js';

export interface ReportOptions {
  /** Date shown as "generated on"; left out when absent, so fixed inputs give identical bytes. */
  generated?: string;
  /** jurisdiff version named in the footer. */
  version?: string;
}

export interface PageParts {
  title: string;
  /** The line under the title: what the page covers. */
  summary: HtmlValue;
  sections: readonly HtmlValue[];
  /** A class on <body>, so print styles can differ between the overview and a briefing. */
  kind: 'overview' | 'briefing';
}

/**
 * One self-contained HTML page. Inline CSS and JS only, locked down by a Content-Security-Policy
 * that allows nothing to be fetched.
 */
export function renderPage(parts: PageParts, options: ReportOptions): string {
  // The empty icon gives a browser no reason to ask for /favicon.ico.
  const generated = options.generated ? ` Generated on ${options.generated}.` : '';
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(contentSecurityPolicy())}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<link rel="icon" href="data:,">
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body class="${parts.kind}">
<header>
<h1>${parts.title}</h1>
<p class="meta">${parts.summary}${generated}</p>
</header>
<main>
${joinHtml(parts.sections, '\n')}
</main>
<footer><p>Not legal advice. Made with jurisdiff${options.version ? ` ${options.version}` : ''} from its YAML data set; every figure cites the statute and the page it was read on.</p></footer>
<p id="sort-status" class="visually-hidden" aria-live="polite"></p>
<script>${trustedHtml(REPORT_JS)}</script>
</body>
</html>
`;
  return page.toString();
}

/** Nothing may load from anywhere: inline style and script are allowed by hash only. */
function contentSecurityPolicy(): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return ["default-src 'none'", `style-src ${hash(REPORT_CSS)}`, `script-src ${hash(REPORT_JS)}`, 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
}

export function notice(): HtmlValue {
  return html`<section class="notice" aria-labelledby="notice-title">
<h2 id="notice-title">Not legal advice</h2>
<p><strong>This report is not legal advice.</strong> It summarises statutes so that they can be compared. Laws change, and a figure here may be out of date or wrong: check the cited statute, and ask a qualified lawyer, before relying on any of it.</p>
<p>Figures marked <span class="badge unverified">unverified</span> were not seen on any source page. <em>Reported</em> figures come from a secondary source or an older version of the text, <em>verified</em> ones from the text of the statute or an official register. Terms are those of the basic offence; aggravated forms are listed beside them.</p>
<p>Three different things are kept apart: <em>not researched</em> (the data set says nothing about that offence there), <em>no offence</em> (a source says the act is not a crime there), and <em>no term recorded</em> (an offence exists, but the data holds no term of imprisonment for it; <em>fine only</em> where the law sets a fine and no term).</p>
</section>`;
}
