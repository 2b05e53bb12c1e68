import type { RootContent } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { FrontMatter, FrontMatterEntry } from '../model/types';
import type { Span } from '../text/positions';

/**
 * Reads YAML front matter with the `yaml` package so that every key, value and error has a position.
 * An opening `---` without a closing one is reported as unclosed rather than guessed at.
 */
export function readFrontMatter(text: string, blocks: readonly RootContent[]): FrontMatter | undefined {
  const first = blocks[0];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (first?.type === 'yaml' && first.position?.start.offset !== undefined && first.position.end.offset !== undefined) {
    const span: Span = { start: first.position.start.offset, end: first.position.end.offset };
    const contentStart = text.indexOf('\n', span.start) + 1;
    const closeLineStart = text.lastIndexOf('\n', span.end - 1) + 1;
    const contentSpan: Span = { start: Math.min(contentStart, closeLineStart), end: closeLineStart };
    return parseYaml(text, span, contentSpan);
  }
  if (/^---[ \t]*(?:\r?\n|\r)/.test(text.slice(bom))) {
    const lineEnd = text.search(/\r?\n|\r/);
    return {
      span: { start: bom, end: lineEnd },
      contentSpan: { start: lineEnd, end: lineEnd },
      closed: false,
      data: undefined,
      entries: [],
      errors: [],
    };
  }
  return undefined;
}

// Every keystroke below the front matter would otherwise parse the same YAML again.
let last: { key: string; result: FrontMatter } | undefined;

function parseYaml(text: string, span: Span, contentSpan: Span): FrontMatter {
  const source = text.slice(contentSpan.start, contentSpan.end);
  const key = `${span.start}:${span.end}:${contentSpan.start}:${source}`;
  if (last?.key === key) return last.result;
  const result = parseYamlSource(source, span, contentSpan);
  last = { key, result };
  return result;
}

function parseYamlSource(source: string, span: Span, contentSpan: Span): FrontMatter {
  const lineCounter = new LineCounter();
  const errors: { message: string; span: Span }[] = [];
  const entries: FrontMatterEntry[] = [];
  let data: Record<string, unknown> | undefined;
  try {
    const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true});
    for (const error of doc.errors) {
      const [from, to] = error.pos;
      errors.push({
        // The library counts lines from the start of the YAML, not the file; drop its position suffix.
        message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '.'),
        span: { start: contentSpan.start + from, end: contentSpan.start + Math.max(to, from + 1) },
      });
    }
    if (isMap(doc.contents)) {
      data = Object.create(null) as Record<string, unknown>;
      for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        if (key === undefined || !keyRange) continue;
        const valueNode = pair.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
        const value = valueNode && typeof valueNode.toJSON === 'function' ? safeToJson(valueNode) : valueNode === null ? null : undefined;
        const keySpan = { start: contentSpan.start + keyRange[0], end: contentSpan.start + keyRange[1] };
        const valueSpan = valueNode?.range
          ? { start: contentSpan.start + valueNode.range[0], end: contentSpan.start + valueNode.range[1] }
          : { start: keySpan.end, end: keySpan.end };
        entries.push({ key, keySpan, valueSpan, value });
        data[key] = value;
      }
    } else if (doc.contents !== null && errors.length === 0) {
      errors.push({ message: 'Front matter must be a mapping of keys to values.', span: contentSpan });
    }
  } catch (error) {
    errors.push({ message: error instanceof Error ? error.message : String(error), span: contentSpan });
  }
  return { span, contentSpan, closed: true, data, entries, errors };
}

function safeToJson(node: { toJSON?: () => unknown }): unknown {
  try {
    return node.toJSON?.();
  } catch {
    return undefined;
  }
}
