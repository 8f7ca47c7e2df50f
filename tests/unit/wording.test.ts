import { describe, expect, it } from 'vitest';
import { formatAggravationPenalties, formatPenalties } from '../../src/render/wording.js';

describe('penalty phrases', () => {
  it('joins term and fine with the combination the data gives', () => {
    expect(formatPenalties({ imprisonment: { max: '5y' }, fine: { max: 5000, currency: 'EUR' }, combination: 'and_or' })).toBe('up to 5 years and/or a fine of up to 5,000 EUR');
  });

  it('keeps term and fine apart when the data does not say how they combine', () => {
    expect(formatAggravationPenalties({ when: 'public display', imprisonment: { max: '5y' }, fine: { max: 5_000_000, currency: 'JPY' } }, { max: '3y' })).toBe('up to 5 years; a fine of up to 5,000,000 JPY (from up to 3 years)');
  });
});
