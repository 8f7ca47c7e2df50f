import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA, transcript } from './run-cli.js';

/** Golden transcripts on the fixture data set: any change in output shows up as a reviewable diff. */
const CASES: Record<string, string[]> = {
  'show-table': ['show', 'xa', '--data', FIXTURE_DATA],
  'show-offence-cite': ['show', 'xa-n', '--data', FIXTURE_DATA, '--offence', 'production,possession', '--cite'],
  'show-json': ['show', 'xa-n', '--data', FIXTURE_DATA, '--json'],
  'show-csv': ['show', 'xb', '--data', FIXTURE_DATA, '--format', 'csv'],
  'show-markdown': ['show', 'xb', '--data', FIXTURE_DATA, '--format', 'markdown'],
  'compare-table': ['compare', 'xa', 'xb', 'xa-n', '--data', FIXTURE_DATA, '--offence', 'production,possession'],
  'compare-json': ['compare', 'xa', 'xb', '--data', FIXTURE_DATA, '--fields', 'reporting', '--json'],
  'compare-csv': ['compare', '--all', '--data', FIXTURE_DATA, '--fields', 'penalties,treaties', '--format', 'csv'],
  'compare-markdown': ['compare', 'xa', 'xb', '--data', FIXTURE_DATA, '--fields', 'reporting,treaties', '--format', 'markdown'],
  'diff-table': ['diff', 'xa', 'xb', '--data', FIXTURE_DATA, '--fields', 'penalties'],
  'diff-json': ['diff', 'xa', 'xa-n', '--data', FIXTURE_DATA, '--json'],
  'diff-csv': ['diff', 'xa', 'xb', '--data', FIXTURE_DATA, '--fields', 'reporting', '--format', 'csv'],
  'diff-markdown': ['diff', 'xa', 'xb', '--data', FIXTURE_DATA, '--fields', 'treaties', '--format', 'markdown'],
  'diff-same': ['diff', 'xa', 'xa', '--data', FIXTURE_DATA, '--exit-code'],
  'list-table': ['list', '--data', FIXTURE_DATA],
  'list-json': ['list', '--data', FIXTURE_DATA, '--kind', 'country', '--json'],
  'treaties-table': ['treaties', '--data', FIXTURE_DATA],
  'coverage-table': ['coverage', '--data', FIXTURE_DATA],
  'validate-broken': ['validate', 'tests/fixtures/invalid/ref-unknown-source'],
  'validate-github': ['validate', 'tests/fixtures/invalid/offence-penalty-not-criminalised', '--format', 'github'],
  'validate-json': ['validate', 'tests/fixtures/invalid/range-min-above-max', '--format', 'json'],
  'unknown-id': ['show', 'xc', '--data', FIXTURE_DATA],
  'malformed-id': ['show', '../etc/passwd', '--data', FIXTURE_DATA],
  'unknown-offence': ['compare', 'xa', 'xb', '--data', FIXTURE_DATA, '--offence', 'prodution'],
};

describe('golden transcripts', () => {
  it.each(Object.entries(CASES))('%s', async (name, args) => {
    await expect(await transcript(args)).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });
});
