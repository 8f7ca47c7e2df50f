import { openDataset, DataDirectoryError, type Dataset } from '../load/dataset.js';
import { displayPath } from '../load/paths.js';
import { suggestId } from '../load/find.js';
import { lookupJurisdiction } from '../model/lookup.js';
import type { Resolved } from '../model/resolve.js';
import { FIELD_GROUPS, type FieldGroup } from '../model/select.js';
import { comparisonRegistriesOf } from '../compare/compare.js';
import { safeText } from '../render/safe-text.js';
import { createStyle, type Style } from '../render/style.js';
import { isCalendarDate, systemToday } from '../model/today.js';
import { CliError, EXIT, usageError } from './exit-codes.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CommonOptions {
  data?: string;
  format?: string;
  json?: boolean;
  color?: boolean;
  asOf?: string;
}

/** Everything a command needs from its surroundings, decided once. */
export interface Context {
  /** One of the formats the command accepts (checked in createContext). */
  format: string;
  color: boolean;
  style: Style;
  width: number;
  /** YYYY-MM-DD: $JURISDIFF_TODAY when set, else the system date. */
  today: string;
  /** YYYY-MM-DD: the day whose law a query shows: --as-of, else today. */
  asOf: string;
  /** True when --as-of was given (tables then say so in their heading). */
  asOfGiven: boolean;
  write(text: string): void;
  dataset(): Dataset;
}

export interface Environment {
  env: NodeJS.ProcessEnv;
  stdout: { isTTY?: boolean; columns?: number; write(text: string): unknown };
}

export function createContext(options: CommonOptions, environment: Environment, formats: readonly string[] = OUTPUT_FORMATS): Context {
  const format = pickFormat(options, formats) as OutputFormat;
  const color = useColor(options, environment);
  const today = todayOf(environment);
  let dataset: Dataset | undefined;
  return {
    format,
    color,
    style: createStyle(color),
    width: terminalWidth(environment),
    today,
    asOf: options.asOf === undefined ? today : parseDay(options.asOf, '--as-of'),
    asOfGiven: options.asOf !== undefined,
    write: (text) => environment.stdout.write(text),
    dataset: () => {
      if (!dataset) {
        try {
          dataset = openDataset(options.data ?? (environment.env.JURISDIFF_DATA || undefined));
          // A typo in a CI path must not pass green: a folder without a single data file is a usage error.
          if (dataset.allStems().length === 0) throw new DataDirectoryError(`${displayPath(dataset.dir)} holds no jurisdiction file (*.yaml); check the path given to --data or $JURISDIFF_DATA`);
        } catch (error) {
          if (error instanceof DataDirectoryError) throw usageError(safeText(error.message, { singleLine: true }));
          throw error;
        }
      }
      return dataset;
    },
  };
}

/** A day given on the command line: a real date, YYYY-MM-DD. */
export function parseDay(text: string, what: string): string {
  if (!isCalendarDate(text)) throw usageError(`${what} takes a real date written YYYY-MM-DD, not '${safeText(text, { singleLine: true })}'`);
  return text;
}

/** "Today" for every command: fixed by JURISDIFF_TODAY (reproducible output, tests), else the clock. */
export function todayOf({ env }: Pick<Environment, 'env'>): string {
  const fixed = env.JURISDIFF_TODAY;
  if (fixed === undefined || fixed === '') return systemToday();
  if (!isCalendarDate(fixed)) throw usageError(`JURISDIFF_TODAY must be a real date written YYYY-MM-DD, not '${safeText(fixed, { singleLine: true })}'`);
  return fixed;
}

function pickFormat(options: CommonOptions, formats: readonly string[]): string {
  if (options.json) {
    if (options.format && options.format !== 'json') throw usageError(`--json conflicts with --format ${safeText(options.format, { singleLine: true })}`);
    // Otherwise `chart --json` or `fmt --json` would print text where a script expects JSON.
    if (!formats.includes('json')) throw usageError(`--json is not available here (choose ${formats.join(', ')})`);
    return 'json';
  }
  const format = options.format ?? formats[0]!;
  if (!formats.includes(format)) {
    throw usageError(`unknown format '${safeText(format, { singleLine: true })}' (choose ${formats.join(', ')})`);
  }
  return format;
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color; FORCE_COLOR forces it. */
export function useColor(options: CommonOptions, { env, stdout }: Environment): boolean {
  if (options.color === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined) return true;
  if (env.TERM === 'dumb') return false;
  return stdout.isTTY === true;
}

function terminalWidth({ env, stdout }: Environment): number {
  const fromEnv = Number(env.COLUMNS);
  // Piped output, and a terminal that reports 0 columns, get 80.
  const width = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : stdout.isTTY && stdout.columns ? stdout.columns : 80;
  return Math.max(40, Math.min(width, 400));
}

/** Loads and resolves ids (in any case, alpha-3 codes, aliases, names), mapping every failure to the documented exit code. */
export function resolveIds(context: Context, ids: readonly string[]): Resolved[] {
  const dataset = context.dataset();
  const seen = new Set<string>();
  const out: Resolved[] = [];
  for (const id of ids) {
    const lookup = lookupJurisdiction(dataset, id);
    if (!lookup.ok) {
      const first = lookup.diagnostics[0];
      if (first?.rule === 'ref/unknown-jurisdiction') throw usageError(safeText(first.message.replace(/^no jurisdiction/, 'unknown jurisdiction'), { singleLine: true }));
      const where = first ? `${first.file}:${first.line}:${first.column}` : id;
      throw new CliError(
        `cannot load '${safeText(id, { singleLine: true })}': ${safeText(where, { singleLine: true })} ${first?.rule ?? ''} ${safeText(first?.message ?? '', { singleLine: true })}; run 'jurisdiff validate' for every problem`.replace(/\s+;/, ';'),
        EXIT.data,
      );
    }
    if (seen.has(lookup.resolved.record.id)) continue;
    seen.add(lookup.resolved.record.id);
    out.push(lookup.resolved);
  }
  return out;
}

/** Parses a comma-separated list and checks each item against the allowed names. */
export function parseList(value: string | undefined, allowed: readonly string[], what: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw usageError(`--${what} needs at least one name`);
  for (const item of items) {
    if (!allowed.includes(item)) {
      const suggestion = suggestId(item, allowed);
      throw usageError(`unknown ${what} '${safeText(item, { singleLine: true })}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; choose from ${allowed.join(', ')}`);
    }
  }
  return [...new Set(items)];
}

export function parseFields(value: string | undefined): FieldGroup[] | undefined {
  return parseList(value, FIELD_GROUPS, 'fields') as FieldGroup[] | undefined;
}

/** Offence keys, with keys the taxonomy replaced (grooming → grooming_meeting) mapped to today's. */
export function parseOffences(context: Context, value: string | undefined): string[] | undefined {
  const registry = context.dataset().registry('offences').value ?? {};
  const renamed = new Map(Object.entries(registry).flatMap(([key, o]) => (o.replaces ?? []).map((old) => [old, key] as const)));
  const mapped = value?.split(',').map((item) => renamed.get(item.trim()) ?? item).join(',');
  return parseList(mapped, Object.keys(registry), 'offence');
}

/** What every comparison needs from the data set's registries, and the day it is as of. */
export function comparisonRegistries(context: Context) {
  return { asOf: context.asOf, ...comparisonRegistriesOf(context.dataset()) };
}

/** "jp sg" as arguments and `--ids jp,sg` mean the same; `--all` (or nothing, where allowed) means every id. */
export function idsFrom(context: Context, args: readonly unknown[], options: { ids?: string[]; all?: boolean }, { allByDefault }: { allByDefault: boolean }): string[] {
  const given = [...((args[0] as string[] | undefined) ?? []), ...(options.ids ?? [])].flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  if (options.all && given.length > 0) throw usageError('give jurisdiction ids or --all, not both');
  if (options.ids && given.length === 0) throw usageError('--ids needs at least one jurisdiction id');
  if (given.length > 0) return [...new Set(given)];
  if (options.all || allByDefault) return context.dataset().ids();
  return [];
}

/** "Penalties as of 2022-01-01" for tables of a past (or future) day. */
export function asOfHeading(context: Context): string {
  return context.asOfGiven ? context.style.heading(`As of ${context.asOf}: the law in force on that day\n`) : '';
}
