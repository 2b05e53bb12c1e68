import type { Nodes } from 'mdast';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { spanOf } from '../model/text';
import type { PolicyDocument } from '../model/types';
import type { Span } from '../text/positions';
import { nameAt } from './navigation/names';

type Segmenter = { segment(input: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }> };
type SegmenterConstructor = new (locale: string, options: { granularity: 'word' }) => Segmenter;

/** Intl.Segmenter knows Japanese words from a dictionary; where a runtime lacks it, runs of one script stand in. */
const IntlSegmenter = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
const segmenters = new Map<string, Segmenter>();
function wordSegmenter(locale: string): Segmenter | undefined {
  if (!IntlSegmenter) return undefined;
  let found = segmenters.get(locale);
  if (!found) {
    found = new IntlSegmenter(locale, { granularity: 'word' });
    segmenters.set(locale, found);
  }
  return found;
}

function scriptOf(char: string): string {
  if (/[\u3400-\u9fff\uf900-\ufaff々〆ヶ]/u.test(char)) return 'kanji';
  if (/[\u30a0-\u30ff\uff66-\uff9f]/u.test(char)) return 'katakana';
  if (/[\u3040-\u309f]/u.test(char)) return 'hiragana';
  if (/[\p{L}\p{N}_]/u.test(char)) return 'latin';
  return '';
}

/** The run of one script around an offset: 個人情報 in 個人情報を, Analytics in Google Analytics. */
function scriptRun(text: string, from: number, to: number, offset: number): Span | undefined {
  const at = offset < to && scriptOf(text[offset]) ? offset : offset - 1;
  if (at < from || at >= to) return undefined;
  const script = scriptOf(text[at]);
  if (!script) return undefined;
  let start = at;
  while (start > from && scriptOf(text[start - 1]) === script) start--;
  let end = at + 1;
  while (end < to && scriptOf(text[end]) === script) end++;
  return { start, end };
}

function wordAround(text: string, from: number, to: number, offset: number, locale: string): Span | undefined {
  const found = wordSegmenter(locale);
  if (!found) return undefined;
  let touching: Span | undefined;
  for (const part of found.segment(text.slice(from, to))) {
    if (part.isWordLike === false) continue;
    const start = from + part.index;
    const end = start + part.segment.length;
    if (start <= offset && offset < end) return trimmed(text, { start, end });
    if (end === offset) touching = trimmed(text, { start, end });
  }
  return touching;
}

const openers = '（(「『【〔［[｛{〈《“‘';
const closers = '）)」』】〕］]｝}〉》”’';

/**
 * The sentence around an offset. A 。 inside brackets, as in （以下「当社」といいます。）, does not end
 * the sentence around it; closing brackets and quotes right after a full stop belong to its sentence.
 */
function sentenceAround(text: string, from: number, to: number, offset: number): Span | undefined {
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (openers.includes(char)) depth++;
    else if (closers.includes(char)) depth = Math.max(0, depth - 1);
    const ends = depth === 0 && (/[。．！？!?]/.test(char) || (char === '.' && (i + 1 >= to || /\s/.test(text[i + 1]))));
    if (!ends) continue;
    let end = i + 1;
    while (end < to && closers.includes(text[end])) end++;
    if (offset < end || (offset === end && offset > start)) return trimmed(text, { start, end });
    start = end;
    i = end - 1;
  }
  return start < to && offset >= start ? trimmed(text, { start, end: to }) : undefined;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The mdast nodes that contain an offset, innermost last. */
function nodePath(node: Nodes, offset: number, into: { span: Span; type: string }[]): void {
  const span = spanOf(node);
  if (span && (span.start > offset || span.end < offset)) return;
  if (span && node.type !== 'root') into.push({ span, type: node.type });
  if ('children' in node) for (const child of node.children as Nodes[]) nodePath(child, offset, into);
}

/**
 * Selection that grows by meaning, which in Japanese cannot come from spaces: word (dictionary
 * segmentation), run of one script, defined term or recipient, sentence, line, then the Markdown
 * blocks around it (paragraph, list item, list, table cell, row, table), the sections that hold it
 * from the innermost out, and the whole document.
 */
export function selectionRangeAt(document: PolicyDocument, position: Position): SelectionRange {
  const text = document.text;
  const offset = document.lines.offsetAt(position);
  const line = document.lines.lineAt(offset);
  const lineStart = document.lines.lineStart(line);
  const lineEnd = document.lines.lineEnd(line);
  const candidates: Span[] = [];
  const add = (span: Span | undefined) => {
    if (span && span.start <= offset && offset <= span.end && span.end > span.start) candidates.push(span);
  };
  const locale = document.language;
  add(wordAround(text, lineStart, lineEnd, offset, locale));
  add(scriptRun(text, lineStart, lineEnd, offset));
  add(nameAt(document, offset)?.span);
  const path: { span: Span; type: string }[] = [];
  nodePath(document.root, offset, path);
  const block = [...path].reverse().find((node) => ['paragraph', 'heading', 'tableCell'].includes(node.type));
  if (block) add(sentenceAround(text, block.span.start, block.span.end, offset));
  add(trimmed(text, { start: lineStart, end: lineEnd }));
  path.forEach((node) => add(trimmed(text, node.span)));
  if (document.frontMatter) add(document.frontMatter.span);
  for (const section of document.sections) {
    add(section.headingSpan);
    add(trimmed(text, section.span));
  }
  add({ start: 0, end: text.length });
  // Smallest first; a candidate that does not contain the previous one would break the chain, so it is skipped.
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  const chain: Span[] = [];
  for (const span of candidates) {
    const previous = chain[chain.length - 1];
    if (previous && (span.start > previous.start || span.end < previous.end || (span.start === previous.start && span.end === previous.end))) continue;
    chain.push(span);
  }
  let result: SelectionRange | undefined;
  for (const span of chain.reverse()) result = { range: document.lines.rangeOf(span), parent: result };
  return result ?? { range: document.lines.rangeOf({ start: offset, end: offset }) };
}

export function selectionRanges(document: PolicyDocument, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => selectionRangeAt(document, position));
}
