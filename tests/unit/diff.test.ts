import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openDataset } from '../../src/load/dataset.js';
import { lookupJurisdiction } from '../../src/model/lookup.js';
import { diffJurisdictions } from '../../src/compare/diff.js';
import { bySeverity } from '../../src/model/severity.js';

const dataset = openDataset(fileURLToPath(new URL('../fixtures/dataset', import.meta.url)));
const record = (id: string) => {
  const lookup = lookupJurisdiction(dataset, id);
  if (!lookup.ok) throw new Error(id);
  return lookup.resolved.record;
};

describe('diff', () => {
  it('is empty for a jurisdiction against itself', () => {
    expect(diffJurisdictions(record('xa'), record('xa'))).toEqual([]);
  });

  it('lists only what differs, field by field, mirrored when swapped', () => {
    const changes = diffJurisdictions(record('xa'), record('xb'));
    // A term is compared whole, so a diff row reads "1–10 years" against "5 years to life".
    const term = changes.find((c) => c.path === 'offences.production.imprisonment');
    expect(term).toEqual({ path: 'offences.production.imprisonment', a: { min: '1y', max: '10y' }, b: { min: '5y', max: 'life' } });
    expect(changes.find((c) => c.path === 'offences.possession.law')).toEqual({ path: 'offences.possession.law', a: 'Penal Code art. 10(3)', b: undefined });
    expect(changes.some((c) => c.path === 'offences.production.criminalised')).toBe(false);
    const swapped = diffJurisdictions(record('xb'), record('xa'));
    expect(swapped.map((c) => ({ path: c.path, a: c.b, b: c.a }))).toEqual(changes);
  });

  it('compares citations by the page they point at, not by local key', () => {
    const changes = diffJurisdictions(record('xa'), record('xa-n'));
    expect(changes.some((c) => c.path.startsWith('offences.production.sources'))).toBe(false);
    expect(changes.some((c) => c.path.startsWith('offences.possession.sources'))).toBe(true);
  });
});

describe('severity order', () => {
  it('puts life first and unrecorded terms last', () => {
    const ordered = bySeverity([record('xa'), record('xb'), record('xa-n')], 'production').map((r) => r.id);
    expect(ordered).toEqual(['xb', 'xa', 'xa-n']);
    expect(bySeverity([record('xb'), record('xa')], 'possession').map((r) => r.id)).toEqual(['xa', 'xb']);
  });
});
