import { describe, expect, it } from 'vitest';
import { renderChart, type ChartOptions } from '../../src/render/chart.js';
import { createStyle } from '../../src/render/style.js';
import type { Jurisdiction } from '../../src/schema/jurisdiction.js';
import { alphaland, fixtureRecords } from './fixtures.js';

const ESCAPE = '\u001b';
const chart = (options: Partial<ChartOptions> = {}, records: Jurisdiction[] = fixtureRecords()) =>
  renderChart(records, { offence: 'production', offenceName: 'Production', width: 80, ...options });
const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const rowOf = (text: string, id: string) => lines(text).find((l) => l.includes(`(${id})`) || l.startsWith(`${id} `))!;

describe('renderChart golden output', () => {
  it('plain ASCII, sorted by maximum, 80 columns', async () => {
    await expect(chart()).toMatchFileSnapshot('./__golden__/chart-production-ascii-80.txt');
  });

  it('plain ASCII, sorted by minimum, 60 columns', async () => {
    await expect(chart({ by: 'min', width: 60 })).toMatchFileSnapshot('./__golden__/chart-production-by-min-60.txt');
  });

  it('block characters, 72 columns, every "no bar" reason', async () => {
    const text = [chart({ glyphs: 'unicode', width: 72 }), chart({ glyphs: 'unicode', width: 72, offence: 'possession', offenceName: 'Possession' }), chart({ glyphs: 'unicode', width: 72, offence: 'grooming_meeting', offenceName: 'Meeting after grooming' })].join('\n');
    await expect(text).toMatchFileSnapshot('./__golden__/chart-unicode-72.txt');
  });
});

describe('renderChart', () => {
  it('orders by maximum, with life first, and rows without a term after the bars', () => {
    const order = lines(chart()).filter((l) => l.includes('|')).map((l) => /\(([a-z-]+)\)/.exec(l)?.[1]);
    expect(order).toEqual(['aa', 'bb', 'cc-nth', 'cc']);
  });

  it('orders by minimum with --by min', () => {
    const order = lines(chart({ by: 'min' })).filter((l) => l.includes('|')).map((l) => /\(([a-z-]+)\)/.exec(l)?.[1]);
    expect(order).toEqual(['bb', 'aa', 'cc-nth', 'cc']);
  });

  it('draws life as the longest bar, labelled "life"', () => {
    const text = chart();
    const bar = (id: string) => (/\|([#=]*)/.exec(rowOf(text, id))?.[1] ?? '').length;
    expect(rowOf(text, 'aa')).toMatch(/ 5 years to life$/);
    expect(bar('aa')).toBeGreaterThan(bar('bb'));
    const solo = renderChart([{ ...alphaland, offences: { production: { criminalised: true, imprisonment: { max: 'life' }, sources: [], confidence: 'verified' } } }], {
      offence: 'production',
      width: 60,
    });
    expect(rowOf(solo, 'aa')).toMatch(/#+ life$/);
  });

  it('draws the minimum as a lighter first segment', () => {
    const row = rowOf(chart(), 'bb');
    const [, minimum, rest] = /\|(=+)(#+)/.exec(row)!;
    // 15 of 30 years: half the bar, give or take rounding.
    expect(Math.abs(minimum!.length - rest!.length)).toBeLessThanOrEqual(1);
  });

  it('tells "not researched", "no offence", "no term recorded" and "fine only" apart', () => {
    expect(rowOf(chart(), 'cc')).toContain('- not researched');
    const possession = chart({ offence: 'possession' });
    expect(rowOf(possession, 'aa')).toContain('no offence (not criminalised)');
    expect(rowOf(possession, 'bb')).toMatch(/# up to 6 months$/);
    expect(rowOf(chart({ offence: 'grooming_meeting' }), 'aa')).toMatch(/\|fine only$/);
    expect(rowOf(chart({ offence: 'grooming_meeting' }), 'bb')).toMatch(/\|no term recorded$/);
  });

  it('says when only a minimum is recorded', () => {
    expect(rowOf(chart({ offence: 'distribution' }), 'bb')).toMatch(/=+ min 2 years, no max recorded$/);
  });

  it('marks unverified figures, with a legend', () => {
    const text = chart();
    expect(rowOf(text, 'bb')).toMatch(/15-30 years \[unverified\]$/);
    expect(rowOf(text, 'aa')).not.toContain('unverified');
    expect(text).toContain('[unverified] not seen on any source page');
  });

  it('fits every width from 20 to 200 columns', () => {
    for (let width = 20; width <= 200; width++) {
      for (const glyphs of ['ascii', 'unicode'] as const) {
        for (const line of lines(chart({ width, glyphs }))) expect([...line].length, `${glyphs} ${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('has no escape byte without colour, and only SGR colour codes with it', () => {
    expect(chart({ glyphs: 'unicode' })).not.toContain(ESCAPE);
    const coloured = chart({ glyphs: 'unicode', style: createStyle(true) });
    expect(coloured).toContain(ESCAPE);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toContain(ESCAPE);
  });

  it('uses only ASCII for its own glyphs in plain mode', () => {
    const text = chart({ offence: 'possession' });
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('shows control and bidi characters in names as visible escapes', () => {
    const hostile: Jurisdiction = { ...alphaland, name: 'Evil\u202e\u001b[2JLand' };
    const text = renderChart([hostile], { offence: 'production', width: 100 });
    expect(text).not.toContain('\u202e');
    expect(text).not.toContain(ESCAPE);
    expect(text).toContain('Evil\\u202e\\u001b[2JLand');
  });
});
