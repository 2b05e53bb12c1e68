// Exception lists written as numbered paragraphs rather than Markdown lists (「（1）法令に基づく場合」
// 「② …」 one per line under the introducing sentence). Markdown sees such lines as one paragraph, or
// as several when blank lines separate them, so a run is read line by line. One reading, shared by
// completion (which continues a run above the cursor) and the exception-list rules (which check
// every run), so that both see the same items under the same introduction.
import { parseNumbering } from '../../model/numbering';
import type { ListItemInfo, Numbering, PolicyDocument } from '../../model/types';
import { StringMemo } from '../../perf/memo';
import type { Span } from '../../text/positions';

export interface NumberedLine {
  readonly line: number;
  readonly numbering: Numbering;
  /** The text after the number and the space after it. */
  readonly text: string;
  readonly indent: string;
  readonly gap: string;
}

export interface NumberedParagraphRun {
  readonly lines: readonly NumberedLine[];
  /** The line right above the first item (after at most one blank line), trimmed. */
  readonly introduction: string;
  readonly introductionLine: number;
  /** Blank lines between the items: each is its own paragraph, and so is each inserted item. */
  readonly separated: boolean;
}

// Markdown's own list items and block starts are read as lists, or are not paragraphs.
export const notParagraph = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#|>|\||```|~~~|:::)/u;
const listItemLine = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/u;

function lineText(document: PolicyDocument, line: number): string {
  return document.text.slice(document.lines.lineStart(line), document.lines.lineEnd(line));
}

// Every edit rebuilds the runs of the whole document, so the parse of each line is kept by its
// text (an edit changes few lines) and offsets are added afterwards.
const parsed = new StringMemo<Numbering | null>();

function parseLine(text: string): Numbering | null {
  if (notParagraph.test(text)) return null;
  const numbering = parseNumbering(text, 0);
  // 「1.5倍」 or an article heading are not item numbers of an exception list.
  if (!numbering || numbering.style === 'article' || numbering.style === 'chapter' || numbering.style === 'outline') return null;
  return numbering;
}

/** The prose segments' spans, sorted and merged, so that "is this offset prose" is a binary search. */
const proseSpans = new WeakMap<PolicyDocument, Span[]>();

function inProse(document: PolicyDocument, offset: number): boolean {
  let spans = proseSpans.get(document);
  if (!spans) {
    spans = [];
    for (const { span } of [...document.segments].sort((a, b) => a.span.start - b.span.start)) {
      const last = spans[spans.length - 1];
      if (last && span.start <= last.end) spans[spans.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
      else spans.push({ start: span.start, end: span.end });
    }
    proseSpans.set(document, spans);
  }
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low].start <= offset;
}

const perLine = new WeakMap<PolicyDocument, Map<number, NumberedLine | null>>();

export function numberedLine(document: PolicyDocument, line: number): NumberedLine | undefined {
  let lines = perLine.get(document);
  if (!lines) {
    lines = new Map();
    perLine.set(document, lines);
  }
  let found = lines.get(line);
  if (found === undefined) {
    found = readLine(document, line) ?? null;
    lines.set(line, found);
  }
  return found ?? undefined;
}

function readLine(document: PolicyDocument, line: number): NumberedLine | undefined {
  const start = document.lines.lineStart(line);
  const text = document.text.slice(start, document.lines.lineEnd(line));
  const relative = parsed.get(text, parseLine);
  if (!relative) return undefined;
  const numbering: Numbering = { ...relative, span: { start: relative.span.start + start, end: relative.span.end + start } };
  // Prose only: not a numbered line in a code block, HTML or the front matter.
  if (!inProse(document, numbering.span.start)) return undefined;
  const after = text.slice(relative.span.end);
  const gap = /^[ \t\u3000]*/u.exec(after)?.[0] ?? '';
  return { line, numbering, text: after.slice(gap.length), indent: text.slice(0, relative.span.start), gap };
}

/** The numbered lines above `line` in one style, up to the sentence that introduces them. */
export function runAbove(document: PolicyDocument, line: number, style?: Numbering['style']): NumberedParagraphRun | undefined {
  const lines: NumberedLine[] = [];
  let separated = false;
  let blank = false;
  for (let current = line - 1; current >= 0; current--) {
    const text = lineText(document, current);
    if (text.trim() === '') {
      // Two blank lines, or a blank line before the first item found, end the run.
      if (blank) break;
      blank = true;
      continue;
    }
    const numbered = numberedLine(document, current);
    if (numbered && (style === undefined || numbered.numbering.style === style) && (lines.length === 0 || numbered.numbering.value < lines[0].numbering.value)) {
      if (blank && lines.length > 0) separated = true;
      blank = false;
      style ??= numbered.numbering.style;
      lines.unshift(numbered);
      continue;
    }
    if (lines.length === 0 || numbered) return undefined;
    if (notParagraph.test(text)) {
      // 「1. 当社は、次の場合を除き…」 whose item goes on with （1）（2）…: the item's text introduces them.
      const item = listItemLine.exec(text);
      if (!item) return undefined;
      return { lines, introduction: item[1].trim(), introductionLine: current, separated };
    }
    return { lines, introduction: text.trim(), introductionLine: current, separated };
  }
  return undefined;
}

/** The next numbered line after `line` (past at most one blank line), if it continues the run in its style. */
function continues(document: PolicyDocument, from: NumberedLine): boolean {
  for (let current = from.line + 1, blanks = 0; current < document.lines.lineCount && blanks <= 1; current++) {
    if (lineText(document, current).trim() === '') {
      blanks++;
      continue;
    }
    const next = numberedLine(document, current);
    return next !== undefined && next.numbering.style === from.numbering.style && next.numbering.value > from.numbering.value;
  }
  return false;
}

const runs = new WeakMap<PolicyDocument, readonly NumberedParagraphRun[]>();

/** Every complete run in the document: each read up from its last line, exactly as completion reads it. */
export function numberedParagraphRuns(document: PolicyDocument): readonly NumberedParagraphRun[] {
  const cached = runs.get(document);
  if (cached) return cached;
  const found: NumberedParagraphRun[] = [];
  for (let line = 0; line < document.lines.lineCount; line++) {
    const numbered = numberedLine(document, line);
    if (!numbered || continues(document, numbered)) continue;
    const run = runAbove(document, line + 1, numbered.numbering.style);
    if (run) found.push(run);
  }
  runs.set(document, found);
  return found;
}

/** A numbered line as a list item, so that the list rules and their fixes treat both forms alike. */
export function paragraphItem(document: PolicyDocument, entry: NumberedLine): ListItemInfo {
  const end = document.lines.lineEnd(entry.line);
  const textStart = entry.numbering.span.end + entry.gap.length;
  return {
    span: { start: entry.numbering.span.start, end },
    marker: entry.numbering.text,
    markerSpan: entry.numbering.span,
    text: entry.text,
    textSpan: { start: textStart, end },
    childLists: [],
  };
}

// Lines that carry on a sentence rather than start one: a particle, a comma, or a closing bracket.
const carriesOn = /^[ぁ-ゖ、，。）)」』]/u;
const startsSentence = /^(?:なお|ただし|但し|また|おって|その他|これら|この|上記|以上)/u;
const itemEnd = /(?:場合|とき|時|こと|。|[）)」』])$/u;

/**
 * True when the run's last item seems to go on in the line right below it (「…場合であって、」 then
 * 「本人の同意を…とき」 on the next line, as PDFs break them): the item read alone would lack its
 * condition. A blank line, a numbered line or a sentence of its own below means it ends there.
 */
export function lastItemContinues(document: PolicyDocument, run: NumberedParagraphRun): boolean {
  const last = run.lines[run.lines.length - 1];
  if (last.line + 1 >= document.lines.lineCount) return false;
  const next = lineText(document, last.line + 1);
  if (next.trim() === '' || numberedLine(document, last.line + 1)) return false;
  const following = next.trim();
  // Indented under the text of the item, the line is its tail, whatever it says.
  if (/^[ \t\u3000]/u.test(next) && next.length - next.trimStart().length > last.indent.length) return true;
  if (!itemEnd.test(last.text.trim())) return true;
  return carriesOn.test(following) && !startsSentence.test(following);
}
