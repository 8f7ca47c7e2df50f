import { describe, expect, it } from 'vitest';
import { compareJurisdictions } from '../../src/compare/compare.js';
import { coverage } from '../../src/model/coverage.js';
import { resolveJurisdiction } from '../../src/model/resolve.js';
import { renderChart } from '../../src/render/chart.js';
import { penaltyList } from '../../src/render/report-parts.js';
import { WIDER_MARK, WIDER_OFFENCE } from '../../src/render/wording.js';
import type { Jurisdiction } from '../../src/schema/jurisdiction.js';
import { alphaland, betaRepublic, offenceRegistry } from '../render/fixtures.js';

// Beta Republic's meeting offence stands under a wider one; Alphaland's is aimed at the conduct.
const beta: Jurisdiction = {
  ...betaRepublic,
  offences: { ...betaRepublic.offences, grooming_meeting: { ...betaRepublic.offences!.grooming_meeting!, wider_offence: true } },
};
const rowsOf = (records: Jurisdiction[]) =>
  compareJurisdictions(
    records.map((r) => resolveJurisdiction(r, undefined)),
    { asOf: '2026-06-01', fields: ['penalties'], offenceRegistry },
  ).rows;
const WIDER = 'Under a wider offence';

describe('an offence recorded under a wider one', () => {
  it('gets its own row in the comparison, for that offence only', () => {
    const rows = rowsOf([alphaland, beta]);
    const wider = rows.filter((r) => r.label === WIDER);
    expect(wider.map((r) => r.section)).toEqual(['Meeting after grooming']);
    expect(wider[0]!.cells.map((c) => c.value)).toEqual([false, true]);
  });

  it('adds no row where no entry rests on a wider offence', () => {
    expect(rowsOf([alphaland, betaRepublic]).some((r) => r.label === WIDER)).toBe(false);
  });

  it('is said in the penalty list of the report', () => {
    const options = { aggravationNames: {}, brief: false };
    expect(String(penaltyList(beta.offences!.grooming_meeting!, false, options))).toContain(WIDER_OFFENCE);
    expect(String(penaltyList(betaRepublic.offences!.grooming_meeting!, false, options))).not.toContain(WIDER_OFFENCE);
  });

  it('is counted by coverage', () => {
    const keys = Object.keys(offenceRegistry);
    expect(coverage([alphaland, beta], keys).offences.underWiderOffence).toBe(1);
    expect(coverage([alphaland, betaRepublic], keys).offences.underWiderOffence).toBe(0);
  });

  it('marks the charted term and explains the mark', () => {
    // Alphaland's production is aimed at the conduct; Beta's is recorded under a wider offence.
    const widerBeta: Jurisdiction = { ...betaRepublic, offences: { ...betaRepublic.offences, production: { ...betaRepublic.offences!.production!, wider_offence: true } } };
    const text = renderChart([alphaland, widerBeta], { offence: 'production', width: 100 });
    const row = (id: string) => text.split('\n').find((l) => l.includes(`(${id})`))!;
    expect(row('bb')).toContain(WIDER_MARK);
    expect(row('aa')).not.toContain(WIDER_MARK);
    expect(text.split('\n').some((l) => l.startsWith(WIDER_MARK))).toBe(true);
    expect(renderChart([alphaland, betaRepublic], { offence: 'production', width: 100 })).not.toContain(WIDER_MARK);
  });
});
