import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { recordOn } from '../../model/as-of.js';
import { renderReportHtml } from '../../render/report-html.js';
import { safeText } from '../../render/safe-text.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { idsFrom, resolveIds, type CommonOptions, type Context } from '../context.js';

declare const JURISDIFF_VERSION: string | undefined;

interface ReportOptions extends CommonOptions {
  ids?: string[];
  all?: boolean;
  out?: string;
}

export default function report(args: unknown[], options: ReportOptions, context: Context): number {
  const out = options.out;
  if (!out) throw usageError("report needs --out <file> (or '--out -' for standard output)");
  const dataset = context.dataset();
  const jurisdictions = resolveIds(context, idsFrom(context, args, options, { allByDefault: true })).map((r) => ({ ...r, record: recordOn(r.record, context.asOf) }));
  const html = renderReportHtml(
    { jurisdictions, offences: dataset.registry('offences').value ?? {}, treaties: dataset.registry('treaties').value ?? {}, asOf: context.asOf },
    { generated: context.today, version: typeof JURISDIFF_VERSION === 'string' ? JURISDIFF_VERSION : undefined },
  );
  if (out === '-') {
    context.write(html);
    return EXIT.ok;
  }
  writeAtomically(out, html);
  const size = Buffer.byteLength(html, 'utf8');
  context.write(`wrote ${safeText(out, { singleLine: true })}: ${jurisdictions.length} jurisdiction${jurisdictions.length === 1 ? '' : 's'}, ${Math.ceil(size / 1024)} KiB\n`);
  return EXIT.ok;
}

/** Temp file beside the target, flushed, then renamed over it: a reader never sees half a report. */
function writeAtomically(path: string, text: string): void {
  const shown = safeText(path, { singleLine: true });
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw usageError(`--out ${shown} is a directory; give a file name such as report.html`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', existing ? existing.mode & 0o777 : 0o644);
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.usage);
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw new CliError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.usage);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
