import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

/** The package's library entry, imported by another program as `import … from 'jurisdiff'`. */
describe('library', () => {
  it('loads the bundled data, compares, looks up and validates without touching the terminal', () => {
    const script = `
      import { loadDataset, compare, lookupJurisdiction, validateDataset, bySeverity } from 'jurisdiff';
      const dataset = loadDataset();
      const table = compare(dataset, ['jp', 'sg', 'sa'], { offences: ['distribution'], fields: ['penalties'] });
      const us = lookupJurisdiction(dataset, 'us');
      const report = validateDataset(dataset, { today: '2099-12-31' });
      const records = ['us', 'jp', 'sg'].map((id) => lookupJurisdiction(dataset, id).resolved.record);
      console.log(JSON.stringify({
        ids: table.ids,
        labels: table.rows.map((r) => r.label),
        production: us.ok && us.resolved.record.offences.production.imprisonment,
        errors: report.diagnostics.filter((d) => d.severity === 'error').length,
        files: report.files,
        order: bySeverity(records, 'production').map((r) => r.id),
      }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    const result = JSON.parse(output);
    expect(result.ids).toEqual(['jp', 'sg', 'sa']);
    expect(result.labels).toContain('Imprisonment');
    expect(result.production).toEqual({ min: '15y', max: '30y' });
    expect(result.errors).toBe(0);
    expect(result.files).toBeGreaterThanOrEqual(50);
    expect(result.order[0]).toBe('us');
  });
});
