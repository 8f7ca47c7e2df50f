import { openDataset, DataDirectoryError, type Dataset } from '../load/dataset.js';
import { lookupJurisdiction, suggestId, UnknownJurisdictionError } from '../model/lookup.js';
import type { Resolved } from '../model/resolve.js';
import { FIELD_GROUPS, type FieldGroup } from '../model/select.js';
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
  let dataset: Dataset | undefined;
  return {
    format,
    color,
    style: createStyle(color),
    width: terminalWidth(environment),
    today: todayOf(environment),
    write: (text) => environment.stdout.write(text),
    dataset: () => {
      if (!dataset) {
        try {
          dataset = openDataset(options.data ?? (environment.env.JURISDIFF_DATA || undefined));
        } catch (error) {
          if (error instanceof DataDirectoryError) throw usageError(safeText(error.message, { singleLine: true }));
          throw error;
        }
      }
      return dataset;
    },
  };
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
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stdout.isTTY === true;
}

function terminalWidth({ env, stdout }: Environment): number {
  const fromEnv = Number(env.COLUMNS);
  const width = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : (stdout.columns ?? 100);
  return Math.max(40, Math.min(width, 400));
}

/** Loads and resolves ids, mapping every failure to the documented exit code. */
export function resolveIds(context: Context, ids: readonly string[]): Resolved[] {
  const dataset = context.dataset();
  return ids.map((id) => {
    let lookup;
    try {
      lookup = lookupJurisdiction(dataset, id);
    } catch (error) {
      if (error instanceof UnknownJurisdictionError) {
        const shown = safeText(error.id, { singleLine: true });
        const hint = error.suggestion ? ` (did you mean '${error.suggestion}'?)` : '';
        throw usageError(
          error.malformed
            ? `invalid jurisdiction id '${shown}': ids are lower-case ISO 3166 codes such as 'de' or 'gb-ew'${hint}`
            : `unknown jurisdiction '${shown}'${hint}; 'jurisdiff list' shows them all`,
        );
      }
      throw error;
    }
    if (!lookup.ok) {
      const first = lookup.diagnostics[0];
      const where = first ? `${first.file}:${first.line}:${first.column}` : id;
      throw new CliError(
        `cannot load '${id}': ${safeText(where, { singleLine: true })} ${first?.rule ?? ''} ${safeText(first?.message ?? '', { singleLine: true })}; run 'jurisdiff validate' for every problem`.replace(/\s+;/, ';'),
        EXIT.data,
      );
    }
    return lookup.resolved;
  });
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

export function parseOffences(context: Context, value: string | undefined): string[] | undefined {
  const registry = context.dataset().registries().offences.value;
  return parseList(value, Object.keys(registry ?? {}), 'offence');
}
