import type { Nodes, RootContent } from 'mdast';
import { eastAsianWidth } from 'get-east-asian-width';
import type { Span } from '../text/positions';

export function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The visible text of a node: text, inline code and the text of links and emphasis; breaks become newlines. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export interface TextSegment {
  readonly value: string;
  /** Offset in the document of value[0], valid when `exact` is true. */
  readonly start: number;
  /** True when the source slice equals the value (no escapes or entities), so offsets map 1:1. */
  readonly exact: boolean;
  readonly span: Span;
}

/**
 * Every text node under `node`, with where it sits in the document. GFM's autolink-literal pass
 * builds some links (`[info@example.jp]`, `www.` right after Japanese) and the text around them
 * without positions; such text is found in the source after the previous sibling, within the
 * nearest ancestor that has a position.
 */
export function textSegments(node: Nodes | RootContent, text: string, into: TextSegment[] = []): TextSegment[] {
  const own = spanOf(node);
  collectText(node, text, into, own ?? { start: 0, end: text.length }, { at: own?.start ?? 0 });
  return into;
}

function collectText(node: Nodes | RootContent, text: string, into: TextSegment[], bounds: Span, cursor: { at: number }): void {
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return;
  const own = spanOf(node);
  if (node.type === 'text') {
    let span = own;
    if (!span) {
      const found = text.indexOf(node.value, cursor.at);
      if (found >= 0 && found + node.value.length <= bounds.end) span = { start: found, end: found + node.value.length };
    }
    if (span) {
      into.push({ value: node.value, start: span.start, exact: text.slice(span.start, span.end) === node.value, span });
      cursor.at = Math.max(cursor.at, span.end);
    }
    return;
  }
  if ('children' in node) {
    const inner = own ? { at: own.start } : cursor;
    for (const child of node.children as RootContent[]) collectText(child, text, into, own ?? bounds, inner);
  }
  if (own) cursor.at = Math.max(cursor.at, own.end);
}

/** Maps a match inside a text segment back to a document span, even when escapes shift offsets. */
export function segmentSpan(segment: TextSegment, index: number, length: number, text: string): Span {
  if (segment.exact) return { start: segment.start + index, end: segment.start + index + length };
  const found = text.indexOf(segment.value.slice(index, index + length), segment.span.start);
  return found >= 0 && found < segment.span.end ? { start: found, end: found + length } : segment.span;
}

/** Columns a string takes in a monospaced editor: full-width and wide characters count two. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 9) width += 4 - (width % 4);
    else if (code < 32 || (code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0x200d || code === 0xfe0f) continue;
    else width += eastAsianWidth(code, { ambiguousAsWide: false });
  }
  return width;
}

/** Sentence-final punctuation that a heading or a table cell does not end with. */
export const sentenceEnd = /[。．！？!?]$|[^.]\.$/;
