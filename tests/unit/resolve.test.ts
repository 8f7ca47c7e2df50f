import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/load/dataset.js';
import { lookupJurisdiction } from '../../src/model/lookup.js';
import { suggestId } from '../../src/load/find.js';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/dataset', import.meta.url));

function resolved(id: string) {
  const lookup = lookupJurisdiction(openDataset(fixtures), id);
  if (!lookup.ok) throw new Error(JSON.stringify(lookup.diagnostics));
  return lookup.resolved;
}

describe('inheritance', () => {
  it('takes from the parent what the subdivision does not set', () => {
    const { record, origin } = resolved('xa-n');
    expect(record.offences?.possession?.law).toBe('Regional Code § 5');
    expect(origin['offences.possession']).toBe('xa-n');
    expect(record.offences?.production?.law).toBe('Penal Code art. 10(1)');
    expect(origin['offences.production']).toBe('xa');
    expect(record.reporting?.to).toBe('national police');
    expect(origin.reporting).toBe('xa');
  });

  it('always takes treaties from the country', () => {
    const { record, origin } = resolved('xa-n');
    expect(Object.keys(record.treaties ?? {})).toEqual(['budapest', 'lanzarote', 'opsc']);
    expect(origin.treaties).toBe('xa');
  });

  it('renames a parent source whose key the child uses for another page', () => {
    const { record } = resolved('xa-n');
    const production = record.offences!.production!;
    expect(production.sources).toEqual(['xa:code-a']);
    expect(record.sources['xa:code-a']?.url).toBe('https://example.org/xa/penal-code');
    expect(record.sources['code-a']?.url).toBe('https://example.org/xa-n/code');
  });

  it('leaves a country untouched', () => {
    const { record, origin } = resolved('xb');
    expect(record.offences?.possession).toBeUndefined();
    expect(origin.treaties).toBe('xb');
  });

  it('answers malformed and unknown ids with a diagnostic, not an exception', () => {
    const dataset = openDataset(fixtures);
    for (const id of ['../etc/passwd', 'xc']) {
      const lookup = lookupJurisdiction(dataset, id);
      expect(lookup.ok).toBe(false);
      expect(!lookup.ok && lookup.diagnostics.map((d) => d.rule)).toEqual(['ref/unknown-jurisdiction']);
    }
    const xc = lookupJurisdiction(dataset, 'xc');
    expect(!xc.ok && xc.diagnostics[0]!.message).toMatch(/did you mean 'x[ab]'/);
    expect(suggestId('gb-ewx', ['gb-ew', 'gb-sct'])).toBe('gb-ew');
    expect(suggestId('zzzzzz', ['gb-ew', 'us'])).toBeUndefined();
  });

  it('reads only the files a lookup needs', () => {
    const dataset = openDataset(fixtures);
    lookupJurisdiction(dataset, 'xa-n');
    const cache = (dataset as unknown as { cache: Map<string, unknown> }).cache;
    expect([...cache.keys()].sort()).toEqual(['xa', 'xa-n']);
  });
});
