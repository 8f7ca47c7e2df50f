import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/model/duration.js';
import { standingOn } from '../../src/model/treaty-status.js';
import { formatFine, formatStanding } from '../../src/render/wording.js';
import type { Jurisdiction } from '../../src/schema/jurisdiction.js';
import { cli, TODAY } from '../e2e/run-cli.js';
import { rowIds, section, termCells, textOf } from './html-helpers.js';

/**
 * The acceptance check: every figure in `jurisdiff report --all` matches
 * `jurisdiff compare --all --json`. Both run as the built CLI on the bundled data.
 */
describe('report --all against compare --all --json', () => {
  let directory: string;
  let html: string;
  let records: Jurisdiction[];
  const offences = ['production', 'distribution', 'possession', 'access', 'grooming_meeting', 'sexual_communication'];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'jurisdiff-report-'));
    const out = join(directory, 'report.html');
    const written = (await cli(['report', '--all', '--out', out]));
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toMatch(/^wrote .*report\.html: \d+ jurisdictions, \d+ KiB\n$/);
    html = readFileSync(out, 'utf8');
    const compared = (await cli(['compare', '--all', '--json']));
    expect(compared.code, compared.stderr).toBe(0);
    records = JSON.parse(compared.stdout);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('lists every jurisdiction in every offence table', async () => {
    const ids = records.map((r) => r.id).sort();
    for (const offence of offences) expect([...rowIds(html, `offence-${offence.replace(/_/g, "-")}`)].sort()).toEqual(ids);
  });

  it('shows each imprisonment maximum and minimum exactly as the data holds it', async () => {
    let figures = 0;
    for (const offence of offences) {
      const cells = termCells(html, offence);
      for (const record of records) {
        const entry = record.offences?.[offence];
        for (const bound of ['max', 'min'] as const) {
          const cell = cells.find((c) => c.id === record.id && c.bound === bound);
          const where = `${record.id} ${offence} ${bound}`;
          expect(cell, where).toBeDefined();
          const value = entry?.criminalised ? entry.imprisonment?.[bound] : undefined;
          if (value !== undefined) {
            figures++;
            expect(cell!.term, where).toBe(value);
            expect(cell!.text.replace(/ unverified$/, ''), where).toBe(formatDuration(value));
            expect(cell!.text.endsWith(' unverified'), where).toBe(entry!.confidence === 'unverified');
          } else {
            expect(cell!.term, where).toBeUndefined();
            const noTerm = entry?.imprisonment?.min === undefined && entry?.imprisonment?.max === undefined;
            const expected = !entry ? 'not researched' : !entry.criminalised ? 'no offence' : noTerm ? (entry.fine && !entry.imprisonment ? 'fine only' : 'no term recorded') : 'none recorded';
            expect(cell!.text, where).toBe(bound === 'min' && expected !== 'none recorded' ? '—' : expected);
          }
        }
      }
    }
    // A guard against a parser that silently matches nothing.
    expect(figures).toBeGreaterThan(200);
  });

  it('shows each fine as the data holds it', async () => {
    for (const offence of offences) {
      const body = section(html, `offence-${offence.replace(/_/g, "-")}`);
      for (const record of records) {
        const fine = record.offences?.[offence]?.fine;
        if (!fine) continue;
        const row = new RegExp(`<tr data-id="${record.id}"[^>]*>.*?</tr>`, 's').exec(body)![0];
        const cell = /<td data-field="fine">(.*?)<\/td>/s.exec(row)![1]!;
        expect(textOf(cell), `${record.id} ${offence}`).toContain(formatFine(fine));
      }
    }
  });

  it('shows each treaty status as the data holds it', async () => {
    const body = section(html, 'treaties');
    let checked = 0;
    for (const record of records.filter((r) => r.kind === 'country')) {
      const row = new RegExp(`<tr data-id="${record.id}"[^>]*>.*?</tr>`, 's').exec(body)![0];
      for (const [key, membership] of Object.entries(record.treaties ?? {})) {
        const cell = new RegExp(`<td data-treaty="${key}"[^>]*>(.*?)</td>`, 's').exec(row)![1]!;
        expect(textOf(cell), `${record.id} ${key}`).toContain(formatStanding(standingOn(membership, TODAY)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("shows each file's review date", async () => {
    const body = section(html, 'data');
    for (const record of records) expect(body).toContain(`<time datetime="${record.reviewed}">`);
  });
});
