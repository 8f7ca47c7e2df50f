import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import {
  Aggravation,
  Corporal,
  FailurePenalty,
  Fine,
  Icmec,
  Imprisonment,
  Jurisdiction,
  Offence,
  Reporting,
  Source,
  TreatyMembership,
} from '../schema/jurisdiction.js';
import { parseYaml } from './parse-yaml.js';

import { MODELINE, MODELINE_PATTERN } from './modeline.js';

export { MODELINE, MODELINE_PATTERN };

const keysOf = (schema: z.ZodType) => Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);

/** For each kind of mapping: the order its keys take, and the order of its children. */
interface Layout {
  keys?: string[];
  children?: Record<string, Layout>;
  /** Layout of every value of a record-like map (sources, offences, treaties). */
  values?: Layout;
  /** Order of a record-like map's own keys, when there is a natural one. */
  recordOrder?: string[];
  items?: Layout;
}

const penalties = (): Record<string, Layout> => ({
  imprisonment: { keys: keysOf(Imprisonment) },
  fine: { keys: keysOf(Fine) },
  corporal: { keys: keysOf(Corporal) },
});

function layout(offenceOrder: string[], treatyOrder: string[]): Layout {
  return {
    keys: keysOf(Jurisdiction),
    children: {
      sources: { values: { keys: keysOf(Source) } },
      offences: {
        recordOrder: offenceOrder,
        values: {
          keys: keysOf(Offence),
          children: { ...penalties(), aggravations: { items: { keys: keysOf(Aggravation), children: penalties() } } },
        },
      },
      reporting: {
        keys: keysOf(Reporting),
        children: { failure_penalty: { keys: keysOf(FailurePenalty), children: penalties() } },
      },
      treaties: { recordOrder: treatyOrder, values: { keys: keysOf(TreatyMembership) } },
      icmec: { keys: keysOf(Icmec) },
    },
  };
}

export type FormatOutcome = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/**
 * The canonical text of a jurisdiction file: keys in schema order, 2-space indent, LF line
 * ends, the editor modeline on line 1. Comments and each value's quoting style are kept.
 * Refuses (ok: false) anything that does not parse cleanly, and checks that the data read
 * back from the new text is exactly the data of the old one.
 */
export function canonicalize(file: string, text: string, order: { offences: string[]; treaties: string[] }): FormatOutcome {
  const before = parseYaml(file, text);
  const firstError = before.diagnostics.find((d) => d.severity === 'error');
  if (firstError) return { ok: false, reason: `${firstError.file}:${firstError.line}:${firstError.column} ${firstError.rule} ${firstError.message}` };
  if (!before.document || !isMap(before.document.contents)) return { ok: false, reason: `${file}: not a mapping` };

  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const document = parseDocument(source, { lineCounter: new LineCounter(), keepSourceTokens: false, prettyErrors: false });
  const top = document.contents as YAMLMap;
  // The file's opening comment belongs to the file, not to whichever key happens to come first.
  const firstKey = top.items[0]?.key;
  if (isScalar(firstKey) && firstKey.commentBefore && !document.commentBefore) {
    document.commentBefore = firstKey.commentBefore;
    firstKey.commentBefore = undefined;
  }
  arrange(top, layout(order.offences, order.treaties));
  if (!MODELINE_PATTERN.test(source.split('\n', 1)[0]?.trim() ?? '')) {
    document.commentBefore = document.commentBefore ? `${MODELINE.slice(1)}\n${document.commentBefore}` : MODELINE.slice(1);
  }
  let output = document.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true });
  output = output
    .replace(/^#(?! )yaml-language-server/, '# yaml-language-server')
    // Flow lists of plain keys read as in the docs, "[a, b]"; flow maps keep their padding, "{ min: 1y }".
    .replace(/\[ ((?:[a-z0-9][a-z0-9._:-]*)(?:, [a-z0-9][a-z0-9._:-]*)*) \]/g, '[$1]');

  const after = parseYaml(file, output);
  if (after.value === undefined || JSON.stringify(sortDeep(after.value)) !== JSON.stringify(sortDeep(before.value))) {
    return { ok: false, reason: `${file}: canonical form would change the data; left untouched` };
  }
  return { ok: true, text: output, changed: output !== text };
}

function arrange(map: YAMLMap, plan: Layout): void {
  const order = plan.keys ?? plan.recordOrder;
  if (order) {
    const rank = (key: unknown) => {
      const index = order.indexOf(String(isScalar(key) ? key.value : key));
      return index === -1 ? order.length : index;
    };
    // Array.prototype.sort is stable, so unknown keys keep their relative order.
    map.items.sort((a, b) => rank(a.key) - rank(b.key));
  }
  for (const pair of map.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const child = plan.values ?? plan.children?.[key];
    if (!child) continue;
    if (isMap(pair.value)) arrange(pair.value, child);
    else if (isSeq(pair.value) && child.items) {
      for (const item of pair.value.items) if (isMap(item)) arrange(item, child.items);
    }
  }
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortDeep(v)]));
  }
  return value;
}
