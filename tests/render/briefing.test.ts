import { describe, expect, it } from 'vitest';
import { renderBriefingHtml, type BriefingData } from '../../src/render/report-briefing.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { offenceRegistry, resolvedFixtures, standardRegistry, treatyRegistry } from './fixtures.js';
import { section, textOf } from './html-helpers.js';

const [alpha, beta, gamma] = resolvedFixtures();
const briefingData = (jurisdiction = alpha!): BriefingData => ({
  asOf: '2026-06-01',
  jurisdiction,
  offences: offenceRegistry,
  treaties: treatyRegistry,
  standards: standardRegistry,
  aggravationKinds: { victim_under_age: { name: 'victim under an age' } },
  defenceKinds: {},
});
const briefing = (jurisdiction = alpha!) => renderBriefingHtml(briefingData(jurisdiction), { version: '0.1.0' });
const rowOf = (html: string, attribute: string, value: string) => textOf(new RegExp(`<tr ${attribute}="${value}"[^>]*>(.*?)</tr>`, 's').exec(html)![1]!);

describe('the one-jurisdiction briefing', () => {
  const html = briefing();

  it('matches the stored page', async () => {
    await expect(html).toMatchFileSnapshot('./__golden__/briefing.html');
  });

  it('has a row for every offence of the taxonomy, saying which were not researched', () => {
    const offences = [...section(html, 'offences').matchAll(/<tr data-offence="([^"]+)"/g)].map((m) => m[1]);
    expect(offences).toEqual(Object.keys(offenceRegistry));
    expect(rowOf(html, 'data-offence', 'production')).toMatch(/^Production life 5 years/);
    expect(rowOf(html, 'data-offence', 'possession')).toMatch(/no offence/);
    expect(rowOf(html, 'data-offence', 'grooming_meeting')).toMatch(/fine only/);
    expect(rowOf(briefing(gamma!), 'data-offence', 'production')).toMatch(/^Production not researched/);
  });

  it('folds nothing away: notes and sources are in the page, in print too', () => {
    expect(html).not.toContain('<details');
    expect(textOf(section(html, 'offences'))).toContain('Simple possession is not an offence.');
    expect(textOf(section(html, 'jurisdiction'))).toContain('Figures are invented for tests.');
  });

  it('lists every source of the file with its address, kind and date read', () => {
    const sources = section(html, 'sources');
    for (const [key, s] of Object.entries(alpha!.record.sources)) {
      expect(sources).toContain(`<code>${key}</code>`);
      expect(textOf(sources)).toContain(s.url);
      expect(textOf(sources)).toContain(s.kind.replace(/_/g, ' '));
    }
  });

  it('names aggravations by kind and gives the reporting duty in full', () => {
    expect(textOf(section(html, 'reporting'))).toMatch(/Providers must report yes Who hosting providers To National Police <hotline> Deadline without delay Preservation 90 days Penalty for failing a fine of up to 100,000 EUR /);
  });

  it('tests the standards, with the evidence each result rests on', () => {
    const standards = section(html, 'standards');
    const result = (id: string) => new RegExp(`<tr data-criterion="${id}"[^>]*>.*?data-status="([a-z_]+)"`, 's').exec(standards)![1];
    expect(result('possession')).toBe('not_met');
    expect(result('production')).toBe('met');
    expect(result('reporting')).toBe('met');
    expect(textOf(standards)).toContain('maximum life (needs at least 10y)');
    expect(standards).toContain('href="https://law.example.org/aa/code?art=12&amp;lang=en"');
  });

  it('gives unknown where the data does not answer', () => {
    const standards = section(briefing(beta!), 'standards');
    expect(/<tr data-criterion="reporting"[^>]*>.*?data-status="([a-z_]+)"/s.exec(standards)![1]).toBe('unknown');
  });

  it('lists treaty events with whether each date is the deposit', () => {
    expect(rowOf(html, 'data-treaty', 'lanzarote')).toMatch(/ratification 2010-05-05 \(deposit\)/);
  });
});

describe('the overview with standards', () => {
  const html = renderReportHtml({ asOf: '2026-06-01', jurisdictions: resolvedFixtures(), offences: offenceRegistry, treaties: treatyRegistry, standards: standardRegistry });

  it('counts met criteria per jurisdiction and standard, sortable by that count', () => {
    const standards = section(html, 'standards');
    const cell = (id: string) => new RegExp(`<tr data-id="${id}">.*?<td class="num" data-standard="model-law" data-sort="(\\d+)">(.*?)</td>`, 's').exec(standards)!;
    expect(cell('aa')[1]).toBe('2');
    expect(textOf(cell('aa')[2]!)).toBe('2 of 3 met (1 not met, 0 unknown)');
    expect(textOf(cell('bb')[2]!)).toBe('2 of 3 met (0 not met, 1 unknown)');
    expect(html).toContain('<a href="#standards">Standards</a>');
  });
});
