import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/load/dataset.js';
import { ROOT, runCli } from './run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const SCREENSHOT = join(ARTIFACTS, 'report.png');
const README_SCREENSHOT = join(ROOT, 'docs/report-screenshot.png');

/** Pages of a PDF written by Chromium: the root page tree's count is the largest /Count. */
const pageCount = (pdf: Buffer) => Math.max(...[...pdf.toString('latin1').matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));

if (!existsSync(CHROMIUM)) {
  console.warn(`report-browser: skipped: ${CHROMIUM} is absent (install Debian's chromium package; .ci/run does)`);
}

/**
 * Opens `jurisdiff report --all` in headless Chromium with every network request blocked,
 * sorts a table by clicking its header, and keeps a screenshot as a test artefact.
 */
describe.skipIf(!existsSync(CHROMIUM))('report in headless Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  /** Every non-file URL the browser tried to fetch (the route handler and the request event both report). */
  const attempted = new Set<string>();
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const out = join(ARTIFACTS, 'report.html');
    const written = runCli(['report', '--all', '--out', out]);
    expect(written.code, written.stderr).toBe(0);

    profile = mkdtempSync(join(tmpdir(), 'jurisdiff-chromium-'));
    // A persistent context is how Playwright takes a chosen --user-data-dir: a fresh, empty one.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Anything but the file itself is a network request the report must not make.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      attempted.add(url);
      return route.abort('blockedbyclient');
    });
    // Belt and braces: a request the route handler somehow missed still shows up here.
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) attempted.add(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const maxima = (table: string) =>
    page.$$eval(`#${table} tbody tr`, (rows) =>
      rows.map((row) => ({ id: row.getAttribute('data-id')!, sort: row.querySelector('td[data-bound="max"]')!.getAttribute('data-sort')! })),
    );

  it('loads with no network request, no console error and no CSP violation', () => {
    expect([...attempted]).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('exposes the chart as a named image with a description', async () => {
    const chart = page.getByRole('img', { name: /^Production: term of imprisonment per jurisdiction/ });
    await expect(chart.count()).resolves.toBe(1);
    await expect(chart.getAttribute('aria-labelledby')).resolves.toBe('chart-production-title chart-production-desc');
  });

  it('starts sorted by the maximum term, longest first', async () => {
    const header = page.locator('#offence-production-table thead th', { hasText: 'Maximum term' });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const rows = await maxima('offence-production-table');
    const values = rows.filter((r) => r.sort !== '').map((r) => Number(r.sort));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('sorts by a column when its header is clicked, keeping rows with no term last', async () => {
    const header = page.locator('#offence-production-table thead th', { hasText: 'Maximum term' });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const rows = await maxima('offence-production-table');
    const withTerm = rows.filter((r) => r.sort !== '');
    const values = withTerm.map((r) => Number(r.sort));
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // Rows without a term stay below every figure.
    expect(rows.slice(withTerm.length).every((r) => r.sort === '')).toBe(true);
    // Life (sort key 1e9) is the largest value, so it ends the ascending list.
    expect(values[values.length - 1]).toBe(1e9);
    const status = await page.locator('#sort-status').textContent();
    expect(status).toBe('Sorted by Maximum term, ascending.');

    await page.locator('#offence-production').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('offence-production-table')!.scrollIntoView());
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.screenshot({ path: SCREENSHOT });
    // The documentation's copy changes only on request, so test runs leave the work tree clean.
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(SCREENSHOT, README_SCREENSHOT);
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('sorts text columns by name and only one header is marked sorted', async () => {
    const header = page.locator('#offence-production-table thead th', { hasText: 'Jurisdiction' });
    await header.getByRole('button').click();
    const names = await page.$$eval('#offence-production-table tbody th[scope="row"]', (cells) => cells.map((c) => c.getAttribute('data-sort')!));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const sorted = await page.$$eval('#offence-production-table thead th[aria-sort]', (cells) => cells.length);
    expect(sorted).toBe(1);
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
  });

  it('is operable from the keyboard', async () => {
    const button = page.locator('#reporting-table thead th', { hasText: 'Jurisdiction' }).getByRole('button');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#reporting-table thead th', { hasText: 'Jurisdiction' }).getAttribute('aria-sort')).resolves.toBe('ascending');
  });

  it('prints to a sensible length: notes stay folded, rows that only say "not researched" are left out', async () => {
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'report.pdf'), format: 'A4', landscape: true });
    expect(pageCount(pdf)).toBeGreaterThan(10);
    // The print grows with the research: with every note unfolded it took 0.4 pages per researched
    // offence entry (222 pages for 555 entries); folded, about a quarter of a page.
    const offences = Object.keys(openDataset().registry('offences').value ?? {});
    const coverage = JSON.parse(runCli(['coverage', '--json']).stdout);
    const entries = coverage.jurisdictions.reduce((n: number, row: { levels: Record<string, string> }) => n + offences.filter((k) => row.levels[k] !== 'not_researched').length, 0);
    expect(pageCount(pdf)).toBeLessThanOrEqual(Math.ceil(0.32 * entries));
    await page.emulateMedia({ media: 'print' });
    const printedNotes = await page.$$eval('.overview details', (all) => all.filter((d) => getComputedStyle(d).display !== 'none').length);
    await page.emulateMedia({ media: 'screen' });
    expect(printedNotes).toBe(0);
    await expect(page.locator('details[open]').count()).resolves.toBe(0);
  });

  it('fits every table in a 1024-pixel window and on an A4 page', async () => {
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      await page.setViewportSize({ width: media === 'print' ? 1047 : 1024, height: 800 });
      const overflowing = await page.$$eval('.table-scroll', (boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.querySelector('table')!.id));
      expect(overflowing, media).toEqual([]);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows one jurisdiction on its briefing page, every source written out, and prints it whole', async () => {
    const out = join(ARTIFACTS, 'briefing-us.html');
    const written = runCli(['report', 'us', '--out', out]);
    expect(written.code, written.stderr).toBe(0);
    const briefing = await context.newPage();
    briefing.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    await briefing.setViewportSize({ width: 1024, height: 900 });
    await briefing.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    await expect(briefing.locator('#offences-table tbody tr').count()).resolves.toBe(6);
    await expect(briefing.locator('details').count()).resolves.toBe(0);
    const sources = await briefing.locator('#sources-table tbody tr').count();
    expect(sources).toBeGreaterThan(5);
    const overflowing = await briefing.$$eval('.table-scroll', (boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    await briefing.screenshot({ path: join(ARTIFACTS, 'briefing-us.png'), fullPage: false });
    const pdf = await briefing.pdf({ path: join(ARTIFACTS, 'briefing-us.pdf'), format: 'A4', landscape: true });
    expect(pageCount(pdf)).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await briefing.close();
  });

  it('would have noticed a request: a page that fetches an image is caught', async () => {
    const control = await context.newPage();
    await control.setContent('<img src="http://example.invalid/pixel.png" alt="">');
    await control.waitForTimeout(200);
    expect([...attempted]).toEqual(['http://example.invalid/pixel.png']);
    attempted.clear();
    await control.close();
  });

  it('still made no network request after all that', () => {
    expect([...attempted]).toEqual([]);
  });
});
