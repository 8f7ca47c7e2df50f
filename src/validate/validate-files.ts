import { loadDataFile } from '../load/heavy.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import { JURISDICTION_ID } from '../schema/patterns.js';
import type { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { Diagnostic } from './diagnostic.js';
import { checkJurisdiction } from './rules.js';

type Kind = Jurisdiction['kind'] | undefined;

/** What checking one file needs besides the file: plain data, so it can go to a worker thread. */
export interface FileCheckContext {
  today: string;
  maxAgeDays: number | undefined;
  offences: OffenceRegistry | undefined;
  treaties: TreatyRegistry | undefined;
  /** Every `*.yaml` stem of the folder. */
  stems: readonly string[];
}

export interface FileOutcome {
  kind: Kind;
  diagnostics: Diagnostic[];
  /**
   * What the rules were told about parents whose kind was not known yet: [parent, whether it
   * was said to be a subdivision]. The caller checks these against the real kinds once every
   * file is read, and checks the file again if one was wrong. `null` when the rules asked
   * something only the complete map can answer.
   */
  assumed: Array<[string, boolean]> | null;
}

class NeedsCompleteMap extends Error {}

/**
 * The parent rules need the kind of every file of the folder, which is known only once every
 * file is read. Checking files one by one (and on several threads), this map answers from the
 * files seen so far, and otherwise assumes what the id says (a "-" makes a subdivision) and
 * records the assumption.
 */
class AssumingKinds implements ReadonlyMap<string, Kind> {
  readonly assumed: Array<[string, boolean]> = [];
  constructor(
    private readonly stems: ReadonlySet<string>,
    private readonly seen: ReadonlyMap<string, Kind>,
  ) {}
  has(key: string): boolean {
    return this.stems.has(key);
  }
  get(key: string): Kind {
    if (!this.stems.has(key)) return undefined;
    if (this.seen.has(key)) return this.seen.get(key);
    const subdivision = key.includes('-');
    this.assumed.push([key, subdivision]);
    return subdivision ? 'subdivision' : 'country';
  }
  get size(): number {
    throw new NeedsCompleteMap();
  }
  forEach(): void {
    throw new NeedsCompleteMap();
  }
  entries(): MapIterator<[string, Kind]> {
    throw new NeedsCompleteMap();
  }
  keys(): MapIterator<string> {
    throw new NeedsCompleteMap();
  }
  values(): MapIterator<Kind> {
    throw new NeedsCompleteMap();
  }
  [Symbol.iterator](): MapIterator<[string, Kind]> {
    throw new NeedsCompleteMap();
  }
}

/**
 * Checks one jurisdiction file, producing the diagnostics `validateDataset` has always produced
 * for it, in the same order. With `kinds` the complete map of the folder's kinds; without it,
 * `seen` holds the kinds known so far and the outcome lists what was assumed.
 */
export function checkDataFile(
  stem: string,
  path: string,
  context: FileCheckContext,
  stemSet: ReadonlySet<string>,
  kinds: { complete: ReadonlyMap<string, Kind> } | { seen: ReadonlyMap<string, Kind> },
): FileOutcome {
  const file = loadDataFile(path, 'jurisdiction');
  const diagnostics: Diagnostic[] = [...file.diagnostics];
  if (!JURISDICTION_ID.test(stem)) {
    diagnostics.push({ rule: 'id/file-name', severity: 'error', file: file.file, line: 1, column: 1, path: [], message: `file name "${stem}.yaml" is not a jurisdiction id (lower-case ISO 3166 such as "de" or "gb-ew")` });
  }
  const kind = file.value?.kind;
  if (!file.value || !file.parsed) return { kind, diagnostics, assumed: [] };
  const map = 'complete' in kinds ? kinds.complete : new AssumingKinds(stemSet, kinds.seen);
  try {
    diagnostics.push(
      ...checkJurisdiction(file.value, file.parsed, {
        stem,
        today: context.today,
        maxAgeDays: context.maxAgeDays,
        offences: context.offences,
        treaties: context.treaties,
        kinds: map,
      }),
    );
  } catch (error) {
    if (error instanceof NeedsCompleteMap) return { kind, diagnostics: [], assumed: null };
    throw error;
  }
  return { kind, diagnostics, assumed: map instanceof AssumingKinds ? map.assumed : [] };
}

/** Checks a run of files in order; each file's kind is known to the files after it. */
export function checkDataFiles(
  jobs: ReadonlyArray<{ stem: string; path: string }>,
  context: FileCheckContext,
  stemSet: ReadonlySet<string>,
  onFile: () => void = () => {},
): FileOutcome[] {
  const seen = new Map<string, Kind>();
  return jobs.map(({ stem, path }) => {
    const outcome = checkDataFile(stem, path, context, stemSet, { seen });
    seen.set(stem, outcome.kind);
    onFile();
    return outcome;
  });
}
