import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolveJurisdiction } from '../../src/model/resolve.js';
import { renderReportHtml, type ReportData } from '../../src/render/report-html.js';
import type { Jurisdiction } from '../../src/schema/jurisdiction.js';
import { alphaland, offenceRegistry, resolvedFixtures, treatyRegistry } from './fixtures.js';
import { rowIds, section, termCells, textOf } from './html-helpers.js';

const data = (jurisdictions = resolvedFixtures()): ReportData => ({ asOf: '2026-06-01', jurisdictions, offences: offenceRegistry, treaties: treatyRegistry });
const report = (jurisdictions = resolvedFixtures()) => renderReportHtml(data(jurisdictions), { generated: '2026-11-28', version: '0.1.0' });

describe('renderReportHtml golden output', () => {
  it('matches the stored page', async () => {
    await expect(report()).toMatchFileSnapshot('./__golden__/report.html');
  });

  it('is the same for the same input (no clock, no randomness)', () => {
    expect(renderReportHtml(data())).toBe(renderReportHtml(data()));
    expect(renderReportHtml(data())).not.toContain('Generated on');
  });
});

describe('the page loads nothing from anywhere', () => {
  const html = report();

  it('has no external script, style sheet, font, image or frame', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|audio|video|source)\b/i);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
    // The only <link> is the empty inline icon that stops a favicon request.
    expect([...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="icon" href="data:,">']);
  });

  it('locks itself down with a Content-Security-Policy whose hashes match the inline style and script', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toContain("default-src 'none'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const style = /<style>(.*?)<\/style>/s.exec(html)![1]!;
    const script = /<script>(.*?)<\/script>/s.exec(html)![1]!;
    expect(policy).toContain(`style-src ${hash(style)}`);
    expect(policy).toContain(`script-src ${hash(script)}`);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    // CSP blocks inline style attributes, so the page must not rely on any.
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('links only to http(s) pages', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#|data:,$)/);
  });
});

describe('content', () => {
  const html = report();

  it('carries a "not legal advice" notice at the top and in the footer', () => {
    expect(html.indexOf('Not legal advice')).toBeLessThan(html.indexOf('<section id="offence-production"'));
    expect(/<footer>.*Not legal advice/s.test(html)).toBe(true);
  });

  it('has one sortable table per offence, plus reporting, treaties and data', () => {
    for (const key of Object.keys(offenceRegistry)) expect(html).toContain(`<table id="offence-${key.replace(/_/g, "-")}-table" class="sortable">`);
    for (const id of ['reporting-table', 'treaty-table', 'data-table']) expect(html).toContain(`<table id="${id}" class="sortable">`);
  });

  it('uses real table markup: caption, column and row headers, buttons with aria-sort', () => {
    const production = section(html, 'offence-production');
    expect(production).toMatch(/<caption id="[^"]+">/);
    expect(production).toContain('<th scope="col" data-type="number" aria-sort="descending"><button type="button">Maximum term</button></th>');
    expect(production.match(/<th scope="row"/g)).toHaveLength(4);
  });

  it('has unique ids, and every aria-labelledby and fragment link points at one', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = [
      ...[...html.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')),
      ...[...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!),
    ];
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(ids, id).toContain(id);
  });

  it('lists rows by severity, with rows without a term last', () => {
    expect(rowIds(html, 'offence-production')).toEqual(['aa', 'bb', 'cc-nth', 'cc']);
  });

  it('shows each term with its data form beside the words', () => {
    const cells = termCells(html, 'production');
    expect(cells.filter((c) => c.id === 'aa')).toEqual([
      { id: 'aa', bound: 'max', term: 'life', text: 'life' },
      { id: 'aa', bound: 'min', term: '5y', text: '5 years' },
    ]);
    expect(cells.find((c) => c.id === 'cc-nth' && c.bound === 'min')).toMatchObject({ term: '1y6m', text: '1 year 6 months' });
  });

  it('tells "not researched", "no offence", "no term recorded" and "fine only" apart', () => {
    expect(termCells(html, 'production').find((c) => c.id === 'cc' && c.bound === 'max')).toMatchObject({ term: undefined, text: 'not researched' });
    expect(termCells(html, 'possession').find((c) => c.id === 'aa' && c.bound === 'max')).toMatchObject({ term: undefined, text: 'no offence' });
    expect(termCells(html, 'grooming_meeting').find((c) => c.id === 'aa' && c.bound === 'max')).toMatchObject({ term: undefined, text: 'fine only' });
    expect(termCells(html, 'grooming_meeting').find((c) => c.id === 'bb' && c.bound === 'max')).toMatchObject({ term: undefined, text: 'no term recorded' });
    const chart = /<svg.*?<\/svg>/s.exec(section(html, 'offence-possession'))![0];
    expect(chart).toContain('no offence (not criminalised)');
    // The chart draws researched jurisdictions only; the line under the table names the others.
    expect(chart).not.toContain('data-id="cc"');
    expect(section(html, 'offence-possession')).toMatch(/not researched for 2: cc, cc-nth\./);
  });

  it('marks unverified figures in the table and the chart', () => {
    const bb = /<tr data-id="bb"[^>]*>.*?<\/tr>/s.exec(section(html, 'offence-production'))![0];
    expect(bb).toContain('class="unverified"');
    expect(textOf(bb)).toContain('30 years unverified');
    expect(section(html, 'offence-production')).toContain('15–30 years [unverified]');
  });

  it('cites every figure: the statute and a link to each source, with its kind and date read', () => {
    const aa = /<tr data-id="aa"[^>]*>.*?<\/tr>/s.exec(section(html, 'offence-distribution'))![0];
    expect(aa).toContain('Criminal Code art. 13');
    expect(aa).toContain('<a href="https://law.example.org/aa/code?art=12&amp;lang=en" rel="noopener noreferrer external">Alphaland Criminal Code, art. 12 &amp; 13</a>');
    expect(aa).toContain('<a href="https://news.example.org/aa"');
    expect(aa).toContain('statute official, read 2026-01-15');
  });

  it('marks inherited entries with the jurisdiction they come from', () => {
    const north = /<tr data-id="cc-nth"[^>]*>.*?<\/tr>/s.exec(section(html, 'offence-distribution'))![0];
    expect(textOf(north)).toContain('North Gamma (cc-nth) from cc');
  });

  it('gives the chart a name and a description, and each bar a title', () => {
    const chart = /<svg.*?<\/svg>/s.exec(section(html, 'offence-production'))![0];
    expect(chart).toMatch(/^<svg class="chart" role="img" aria-labelledby="chart-production-title chart-production-desc"/);
    expect(chart).toContain('<title id="chart-production-title">Production: term of imprisonment per jurisdiction, longest maximum first</title>');
    expect(chart).toMatch(/<desc id="chart-production-desc">.*the longest maximum is 5 years to life \(Alphaland\)\.*/s);
    expect(chart).toContain('<title>Beta Republic (bb): 15–30 years, unverified</title>');
  });

  it('shows the treaty matrix for countries only when their subdivisions are listed too', () => {
    expect(rowIds(html, 'treaties')).toEqual(['aa', 'bb', 'cc']);
    const aa = /<tr data-id="aa">.*?<\/tr>/s.exec(section(html, 'treaties'))![0];
    expect(textOf(aa)).toContain('party (ratified 2010-05-05) (verified)');
    expect(textOf(aa)).toContain('signed 2001-02-03, not ratified unverified');
    const alone = renderReportHtml({ ...data(), jurisdictions: [resolvedFixtures()[3]!] });
    expect(rowIds(alone, 'treaties')).toEqual(['cc-nth']);
  });

  it('lists reporting duties and says where none was researched', () => {
    const reporting = section(html, 'reporting');
    expect(textOf(/<tr data-id="aa"[^>]*>.*?<\/tr>/s.exec(reporting)![0])).toContain('National Police <hotline>');
    expect(textOf(/<tr data-id="bb"[^>]*>.*?<\/tr>/s.exec(reporting)![0])).toContain('not researched');
  });

  it("states each file's review date and how its offence entries are sourced", () => {
    const bb = textOf(/<tr data-id="bb">.*?<\/tr>/s.exec(section(html, 'data'))![0]);
    // verified, reported, unverified, not researched (of four offences)
    expect(bb).toMatch(/2025-12-24 1 2 1 0/);
  });
});

describe('escaping', () => {
  const hostile: Jurisdiction = {
    ...alphaland,
    name: '<script>alert(1)</script> "Land" \u202eevil',
    sources: {
      ...alphaland.sources,
      'aa-code': { ...alphaland.sources['aa-code']!, url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' },
    },
    notes: '</details><script>alert(2)</script>',
  };
  const html = report([resolveJurisdiction(hostile, undefined)]);

  it('escapes names, titles and notes', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;Land&quot;');
    expect(html).toContain('&lt;/details&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('shows bidi overrides as visible escapes', () => {
    expect(html).not.toContain('\u202e');
    expect(html).toContain('\\u202eevil');
  });

  it('never links a non-http(s) address', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('(link left out: not an http(s) address)');
  });
});
