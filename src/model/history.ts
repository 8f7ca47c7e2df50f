import type { Jurisdiction, TreatyEvent } from '../schema/jurisdiction.js';
import { dayAfter, earliestDay, latestDay } from './dates.js';

type Figures = Record<string, unknown>;

/** One dated change in a jurisdiction's law or treaty standing. */
export interface TimelineEntry {
  /** The first day of the change (a partial date for treaty events where the source gives no more). */
  date: string;
  /** "offences.possession", "reporting", "definitions" or "treaties.budapest". */
  part: string;
  change: 'amended' | 'in_force' | 'treaty_event';
  /** The figures before and after (offences, reporting, definitions). */
  before?: Figures;
  after?: Figures;
  /** The amending law, where recorded. */
  amended_by?: string;
  event?: TreatyEvent;
  /** The change is after `today`: enacted, not yet in force. */
  announced: boolean;
}

type Versioned = Figures & { in_force?: string; history?: Array<Figures & { until: string; from?: string; amended_by?: string }> };

const META = new Set(['history', 'in_force', 'until', 'from', 'amended_by', 'sentencing']);

/** The figures of a version without its dating fields. */
function figuresOf(version: Figures): Figures {
  return Object.fromEntries(Object.entries(version).filter(([k]) => !META.has(k)));
}

/** Every recorded change, newest first: versions of offences, the reporting duty and the definitions, and treaty events. */
export function timeline(record: Jurisdiction, today: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const versioned: Array<[string, Versioned]> = [
    ...Object.entries(record.offences ?? {}).map(([k, o]) => [`offences.${k}`, o as Versioned] as [string, Versioned]),
    ...(record.reporting ? [['reporting', record.reporting as Versioned] as [string, Versioned]] : []),
    ...(record.definitions ? [['definitions', record.definitions as Versioned] as [string, Versioned]] : []),
  ];
  for (const [part, entry] of versioned) {
    const history = entry.history ?? [];
    // Newest first: the current figures, then each older version.
    const chain: Array<{ figures: Figures; from?: string; amended_by?: string }> = [
      { figures: figuresOf(entry), from: entry.in_force },
      ...history.map((v) => ({ figures: figuresOf(v), from: v.from, amended_by: v.amended_by })),
    ];
    for (let i = 0; i < history.length; i++) {
      const older = history[i]!;
      const newer = chain[i]!;
      const date = newer.from ?? dayAfter(latestDay(older.until));
      entries.push({ date, part, change: 'amended', before: chain[i + 1]!.figures, after: newer.figures, amended_by: older.amended_by, announced: date > today });
    }
    const oldest = chain[chain.length - 1]!;
    if (oldest.from) entries.push({ date: oldest.from, part, change: 'in_force', after: oldest.figures, announced: oldest.from > today });
  }
  for (const [key, membership] of Object.entries(record.treaties ?? {})) {
    for (const event of membership.events ?? []) entries.push({ date: event.date, part: `treaties.${key}`, change: 'treaty_event', event, announced: earliestDay(event.date) > today });
  }
  return entries.sort((a, b) => earliestDay(b.date).localeCompare(earliestDay(a.date)) || a.part.localeCompare(b.part));
}
