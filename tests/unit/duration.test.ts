import { describe, expect, it } from 'vitest';
import { compareDurations, formatDuration, formatTermRange, parseDuration } from '../../src/model/duration.js';

describe('durations', () => {
  it('parses the data forms', () => {
    expect(parseDuration('6m')).toEqual({ life: false, years: 0, months: 6, days: 0 });
    expect(parseDuration('1y6m')).toEqual({ life: false, years: 1, months: 6, days: 0 });
    expect(parseDuration('life')?.life).toBe(true);
    for (const bad of ['', '6', 'y', '6M', '1m1y', 'forever', '-1y', '1.5y']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('orders by severity with life above every term', () => {
    const sorted = ['life', '30d', '2y', '1y6m', '18m', '100y'].sort(compareDurations);
    expect(sorted).toEqual(['30d', '1y6m', '18m', '2y', '100y', 'life']);
    expect(compareDurations('1y6m', '18m')).toBe(0);
    expect(compareDurations(undefined, '1d')).toBeLessThan(0);
  });

  it('writes terms as people do', () => {
    expect(formatTermRange('15y', '30y')).toBe('15–30 years');
    expect(formatTermRange(undefined, '5y')).toBe('up to 5 years');
    expect(formatTermRange(undefined, 'life')).toBe('up to life');
    expect(formatTermRange('10y', 'life')).toBe('10 years to life');
    expect(formatTermRange('6m', '3y')).toBe('6 months to 3 years');
    expect(formatTermRange('1y', undefined)).toBe('at least 1 year');
    expect(formatTermRange('2y', '2y')).toBe('2 years');
    expect(formatDuration('1y6m')).toBe('1 year 6 months');
    expect(formatDuration('1d')).toBe('1 day');
  });
});
