import type { Definitions, Jurisdiction, Offence, Reporting } from '../schema/jurisdiction.js';
import { dayAfter, earliestDay, latestDay } from './dates.js';

/** An entry that may carry earlier versions: an offence, the reporting duty, the definitions. */
type Versioned = { in_force?: string; history?: ReadonlyArray<{ until: string; from?: string; amended_by?: string }> };

/** What was in force on a day, and what changed after it. */
export type InForce<T> = Omit<T, 'history'> & {
  /** The last day these figures were in force, when a later version replaced them. */
  until?: string;
  /** The change that followed: its first day and the amending law (a future date: announced). */
  next?: { in_force: string; amended_by?: string };
};

/**
 * The version of an entry in force on `day`: the current figures from `in_force` on (or when no
 * date is recorded), an earlier version for a day inside its period, and undefined for a day
 * the data says nothing about (before the first recorded version, or in a gap between versions).
 */
export function versionOn<T extends Versioned>(entry: T, day: string): InForce<T> | undefined {
  const { history, ...current } = entry;
  if (entry.in_force === undefined || day >= earliestDay(entry.in_force)) return current as InForce<T>;
  const versions = [...(history ?? [])].reverse(); // oldest first
  for (let i = 0; i < versions.length; i++) {
    const version = versions[i]!;
    if (day > latestDay(version.until)) continue;
    if (version.from !== undefined && day < earliestDay(version.from)) return undefined;
    const newer = versions[i + 1];
    const nextStart = newer ? (newer.from ?? dayAfter(latestDay(version.until))) : entry.in_force;
    const { until, amended_by, from, ...figures } = version;
    return { ...(figures as unknown as Omit<T, 'history'>), ...(from ? { in_force: from } : {}), until, next: { in_force: nextStart, ...(amended_by ? { amended_by } : {}) } } as InForce<T>;
  }
  return undefined;
}

export type RecordOnDay = Omit<Jurisdiction, 'offences' | 'reporting' | 'definitions'> & {
  offences?: Record<string, InForce<Offence>>;
  reporting?: InForce<Reporting>;
  definitions?: InForce<Definitions>;
};

/**
 * The record as the law stood on `day`: every versioned entry replaced by the version then in
 * force; an entry the data says nothing about for that day is left out (not researched for it).
 */
export function recordOn(record: Jurisdiction, day: string): RecordOnDay {
  const out: RecordOnDay = { ...record, offences: undefined, reporting: undefined, definitions: undefined };
  if (record.offences) {
    const offences: Record<string, InForce<Offence>> = {};
    for (const [key, entry] of Object.entries(record.offences)) {
      const version = versionOn(entry, day);
      if (version) offences[key] = version;
    }
    out.offences = offences;
  }
  if (record.reporting) out.reporting = versionOn(record.reporting, day);
  if (record.definitions) out.definitions = versionOn(record.definitions, day);
  for (const key of ['offences', 'reporting', 'definitions'] as const) if (out[key] === undefined) delete out[key];
  return out;
}

