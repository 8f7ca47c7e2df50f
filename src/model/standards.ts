import type { Jurisdiction } from '../schema/jurisdiction.js';
import type { Confidence } from '../schema/primitives.js';
import type { CriterionTest, StandardDefinition } from '../schema/registry.js';
import { compareDurations } from './duration.js';

export type CriterionStatus = 'met' | 'not_met' | 'unknown';

/** What a result rests on: the field read, its value in words, its law, sources and confidence. */
export interface Evidence {
  field: string;
  value: string;
  law?: string;
  sources: string[];
  confidence?: Confidence;
}

export interface CriterionResult {
  id: string;
  article: string;
  status: CriterionStatus;
  evidence: Evidence[];
  /** ICMEC's own published answer for this criterion, where the file records one. */
  published?: { edition: number; value: boolean; agrees: boolean | undefined };
}

export interface GapResult {
  id: string;
  standard: string;
  criteria: CriterionResult[];
  totals: Record<CriterionStatus, number>;
}

type Term = { min?: string; max?: string } | undefined;
const termText = (t: Term) => (t === undefined ? 'no term recorded' : `${t.min ?? '?'}–${t.max ?? '?'}`.replace(/^\?–/, 'up to '));

function offenceResult(record: Jurisdiction, key: string, maxAtLeast: string | undefined): { status: CriterionStatus; evidence: Evidence } {
  const entry = record.offences?.[key];
  const field = `offences.${key}`;
  if (!entry) return { status: 'unknown', evidence: { field, value: 'not researched', sources: [] } };
  const base = { field, law: entry.law, sources: entry.sources, confidence: entry.confidence };
  if (!entry.criminalised) return { status: 'not_met', evidence: { ...base, value: 'not criminalised' } };
  if (maxAtLeast === undefined) return { status: 'met', evidence: { ...base, value: 'criminalised' } };
  const max = entry.imprisonment?.max;
  if (max === undefined) return { status: 'unknown', evidence: { ...base, field: `${field}.imprisonment.max`, value: entry.imprisonment ? `no maximum recorded (${termText(entry.imprisonment)})` : 'no term recorded' } };
  return { status: compareDurations(max, maxAtLeast) >= 0 ? 'met' : 'not_met', evidence: { ...base, field: `${field}.imprisonment.max`, value: `maximum ${max} (needs at least ${maxAtLeast})` } };
}

/** One criterion against one record (already as of the day asked). */
export function evaluateCriterion(record: Jurisdiction, test: CriterionTest): { status: CriterionStatus; evidence: Evidence[] } {
  if (test.offence) {
    const r = offenceResult(record, test.offence, test.max_at_least);
    return { status: r.status, evidence: [r.evidence] };
  }
  if (test.any_offence) {
    const results = test.any_offence.map((key) => offenceResult(record, key, undefined));
    const status: CriterionStatus = results.some((r) => r.status === 'met') ? 'met' : results.every((r) => r.status === 'not_met') ? 'not_met' : 'unknown';
    return { status, evidence: results.map((r) => r.evidence) };
  }
  if (test.definition) {
    const d = record.definitions;
    const field = test.definition === 'child_specific' ? 'definitions.child_specific' : 'definitions.law';
    if (!d) return { status: 'unknown', evidence: [{ field, value: 'not researched', sources: [] }] };
    const base = { field, law: d.law, sources: d.sources, confidence: d.confidence };
    if (test.definition === 'defined') return d.law ? { status: 'met', evidence: [{ ...base, value: d.law }] } : { status: 'unknown', evidence: [{ ...base, value: 'no definition provision recorded' }] };
    if (d.child_specific === undefined) return { status: 'unknown', evidence: [{ ...base, value: 'not recorded' }] };
    return { status: d.child_specific ? 'met' : 'not_met', evidence: [{ ...base, value: d.child_specific ? 'child-specific law' : 'only a general obscenity or morals law' }] };
  }
  const r = record.reporting;
  if (!r) return { status: 'unknown', evidence: [{ field: 'reporting.isp_duty', value: 'not researched', sources: [] }] };
  return { status: r.isp_duty ? 'met' : 'not_met', evidence: [{ field: 'reporting.isp_duty', value: r.isp_duty ? `duty: ${r.law ?? 'law not recorded'}` : 'no duty', law: r.law, sources: r.sources, confidence: r.confidence }] };
}

/**
 * A record against a standard: met, not met or unknown per criterion, with the evidence; where
 * the file records ICMEC's own published result, each criterion says whether it agrees.
 */
export function gap(record: Jurisdiction, standard: StandardDefinition, standardId: string): GapResult {
  const criteria = standard.criteria.map((c): CriterionResult => {
    const { status, evidence } = evaluateCriterion(record, c.test);
    const value = c.icmec_field && record.icmec ? record.icmec[c.icmec_field] : undefined;
    return {
      id: c.id,
      article: c.article,
      status,
      evidence,
      ...(value !== undefined ? { published: { edition: record.icmec!.edition, value, agrees: status === 'unknown' ? undefined : (status === 'met') === value } } : {}),
    };
  });
  const totals: Record<CriterionStatus, number> = { met: 0, not_met: 0, unknown: 0 };
  for (const c of criteria) totals[c.status]++;
  return { id: record.id, standard: standardId, criteria, totals };
}
