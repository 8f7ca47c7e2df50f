import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { RULES, type Diagnostic, type DocumentPath, type Position, type RuleId } from '../diagnostic.js';

/** A parsed YAML file that can say where any value of it stands. */
export interface ParsedYaml {
  file: string;
  text: string;
  value: unknown;
  document: Document.Parsed | undefined;
  diagnostics: Diagnostic[];
  positionOf(path: DocumentPath, target?: 'key' | 'value'): Position;
}

const PARSE_OPTIONS = {
  schema: 'core',
  version: '1.2',
  merge: false,
  // The parser's own duplicate-key check compares every key with every other (quadratic in a
  // large mapping); duplicateKeys() below does the same check in one pass.
  uniqueKeys: false,
  stringKeys: true,
  strict: true,
  // prettyErrors builds a RegExp from the offending line; a long line exhausts V8 fatally.
  prettyErrors: false,
  // Warn about scalars (yes, no, on, 12:30) that YAML 1.1 readers would type differently.
  compat: 'yaml-1.1',
  logLevel: 'error',
} as const;

/** A broken file can yield thousands of follow-on errors; the first few say what to fix. */
const MAX_YAML_ERRORS = 10;

const YAML_ERROR_RULES: Record<string, RuleId> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  MULTIPLE_DOCS: 'yaml/multiple-documents',
  NON_STRING_KEY: 'yaml/non-string-key',
  RESOURCE_EXHAUSTION: 'yaml/too-complex',
  TAG_RESOLVE_FAILED: 'yaml/tag',
  BAD_ALIAS: 'yaml/alias-not-allowed',
};

const YAML_ERROR_MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS: 'a data file holds one YAML document; remove the second "---" and what follows',
  DUPLICATE_KEY: 'this key appears twice in the same mapping; keep one',
  NON_STRING_KEY: 'keys must be plain strings',
};

const ISO_DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };
  const report = (rule: RuleId, offset: number, message: string, path: DocumentPath = []) =>
    diagnostics.push({ rule, severity: RULES[rule].severity, file, ...at(offset), path, message });

  let document: Document.Parsed | undefined;
  try {
    document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  } catch (error) {
    report('yaml/too-complex', 0, `could not be parsed: ${describe(error)}`);
    return finish(undefined);
  }
  const linesWithErrors = new Set<number>();
  // After a real syntax error the parser may also give up on what follows; that follow-on
  // "exhaustion" would hide the cause (an unclosed "[" is not "nested too deeply").
  const causes = document.errors.some((e) => e.code !== 'RESOURCE_EXHAUSTION');
  for (const error of document.errors.slice(0, MAX_YAML_ERRORS)) {
    if (causes && error.code === 'RESOURCE_EXHAUSTION' && /^Cannot read properties/.test(error.message)) continue;
    // One error per line: a single tab or stray bracket otherwise yields a cascade.
    const line = at(error.pos[0]).line;
    if (linesWithErrors.has(line)) continue;
    linesWithErrors.add(line);
    const exhausted = error.code === 'RESOURCE_EXHAUSTION';
    const message = exhausted
      ? 'the YAML is nested too deeply or too malformed to read; fix the first syntax error'
      : (YAML_ERROR_MESSAGES[error.code] ?? firstLine(error.message));
    report(YAML_ERROR_RULES[error.code] ?? 'yaml/syntax', error.pos[0], message);
    if (exhausted) break;
  }
  for (const warning of document.warnings) {
    if (warning.message.startsWith('Unresolved tag')) continue; // reported as yaml/tag below
    // A YAML 1.1 reader (PyYAML, js-yaml, ruamel) takes an unquoted date as a date object.
    if (ISO_DATE_TEXT.test(text.slice(warning.pos[0], warning.pos[1]))) {
      report('yaml/unquoted-date', warning.pos[0], `write the date in quotes, "${text.slice(warning.pos[0], warning.pos[1])}", so that every YAML reader sees text ('jurisdiff fmt' does it)`);
      continue;
    }
    const ambiguous = warning.code === 'TAG_RESOLVE_FAILED';
    report(
      ambiguous ? 'yaml/ambiguous-scalar' : 'yaml/warning',
      warning.pos[0],
      ambiguous
        ? `${firstLine(warning.message)}; quote it, or write true/false, so every YAML reader agrees`
        : firstLine(warning.message),
    );
  }
  const duplicates = duplicateKeys(document);
  for (const key of duplicates) {
    const line = at(key.range?.[0] ?? 0).line;
    if (linesWithErrors.has(line)) continue;
    linesWithErrors.add(line);
    report('yaml/duplicate-key', key.range?.[0] ?? 0, YAML_ERROR_MESSAGES.DUPLICATE_KEY!);
  }
  if (document.errors.length > 0 || duplicates.length > 0) return finish(document, undefined);

  const explicitTag = findExplicitTag(document.contents);
  if (explicitTag) {
    // The node's range starts after its tag; point at the "!" the author wrote.
    const bang = text.lastIndexOf('!', explicitTag.offset);
    const lineStart = text.lastIndexOf('\n', explicitTag.offset - 1);
    report('yaml/tag', bang > lineStart ? tagStart(text, bang) : explicitTag.offset, `tag ${explicitTag.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed; data files use plain YAML values`);
    return finish(document, undefined);
  }
  try {
    return finish(document, document.toJS({ maxAliasCount: 0 }));
  } catch (error) {
    const message = describe(error);
    const alias = /alias/i.test(message);
    report(alias ? 'yaml/alias-not-allowed' : 'yaml/too-complex', alias ? firstAliasOffset(document) : 0,
      alias ? 'anchors and aliases are not allowed in data files; write the value out' : `could not be read: ${message}`);
    return finish(document, undefined);
  }

  function finish(doc: Document.Parsed | undefined, value?: unknown): ParsedYaml {
    return {
      file,
      text,
      value,
      document: doc,
      diagnostics,
      positionOf: (path, target = 'value') => (doc ? locate(doc, path, target, at) : { line: 1, column: 1 }),
    };
  }
}

function locate(doc: Document.Parsed, path: DocumentPath, target: 'key' | 'value', at: (o: number) => Position): Position {
  // Walk down as far as the path exists, so a missing key points at its would-be parent.
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
      if (!pair) break;
      keyNode = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: unknown[] }).items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = isPair(item) ? item.value : item;
    } else {
      break;
    }
  }
  const chosen = target === 'key' && keyNode ? keyNode : isNode(node) ? node : keyNode;
  const offset = chosen?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : at(offset);
}

/** Every key that repeats an earlier key of the same mapping, in one pass over the document. */
function duplicateKeys(document: Document.Parsed): Node[] {
  const found: Node[] = [];
  visit(document, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const item of map.items) {
        if (!isScalar(item.key)) continue;
        const key = String(item.key.value);
        if (seen.has(key)) found.push(item.key);
        else seen.add(key);
      }
    },
  });
  return found;
}

/** Each mapping's pairs by key, built once: a file with many diagnostics in one large mapping costs linear time, not quadratic. */
const PAIRS = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = PAIRS.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) if (isScalar(item.key) && !pairs.has(String(item.key.value))) pairs.set(String(item.key.value), item as Pair);
    PAIRS.set(map, pairs);
  }
  return pairs;
}

function findExplicitTag(root: unknown): { tag: string; offset: number } | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isNode(node)) continue;
    if (node.tag && (isScalar(node) ? node.tag !== undefined && hasSourceTag(node) : true)) {
      return { tag: node.tag, offset: node.range?.[0] ?? 0 };
    }
    if ('items' in node && Array.isArray(node.items)) stack.push(...node.items);
  }
  return undefined;
}

/** The first "!" of the tag ending at `bang` ("!!js/function" starts two characters earlier). */
function tagStart(text: string, bang: number): number {
  let start = bang;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return start;
}

function firstAliasOffset(document: Document.Parsed): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function hasSourceTag(node: Node): boolean {
  // The core schema sets no tag on plain scalars; a tag here was written in the file.
  return typeof node.tag === 'string' && node.tag.length > 0;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
