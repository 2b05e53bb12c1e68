import { kanjiToNumber } from '../../model/numbering';
import { sectionAt as sectionContaining } from '../../model/sections';
import { segmentSpan, type TextSegment } from '../../model/text';
import type { PolicyDocument } from '../../model/types';
import { nothingFinder, regexKind } from '../../perf/memo';
import type { Span } from '../../text/positions';

/**
 * Helpers shared by the content rules. They read the parsed model only: text segments come from the
 * mdast already in the document, so code blocks, HTML and front matter are never searched.
 */

export interface TextMatch {
  readonly match: RegExpExecArray;
  readonly segment: TextSegment;
  /** The document span of match[0]. */
  readonly span: Span;
}

/**
 * Runs a global regex over every prose segment; spans are document offsets. Segment values the regex
 * found nothing in before (most of them, and the same ones from one version to the next) are skipped.
 */
export function* matchProse(document: PolicyDocument, regex: RegExp): Generator<TextMatch> {
  const kind = regexKind(regex);
  const finds = (value: string) => {
    regex.lastIndex = 0;
    const found = regex.exec(value) !== null;
    regex.lastIndex = 0;
    return found;
  };
  const findsNothing = nothingFinder(kind, finds);
  for (const segment of document.segments) {
    if (findsNothing(segment.value)) continue;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(segment.value)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      yield { match, segment, span: segmentSpan(segment, match.index, match[0].length, document.text) };
    }
  }
}

/** The span of a capture group inside a match (group text must occur in match[0]). */
export function groupSpan(found: TextMatch, document: PolicyDocument, group: number, from = 0): Span {
  const value = found.match[group] ?? '';
  const inner = found.match[0].indexOf(value, from);
  return segmentSpan(found.segment, found.match.index + Math.max(inner, 0), value.length, document.text);
}

/** Every offset where `needle` occurs in prose. */
export function occurrencesOf(document: PolicyDocument, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (const segment of document.segments) {
    let index = segment.value.indexOf(needle);
    while (index >= 0) {
      spans.push(segmentSpan(segment, index, needle.length, document.text));
      index = segment.value.indexOf(needle, index + needle.length);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Heading lines (real and pseudo): titles name things before any definition can. */
export function inHeading(document: PolicyDocument, offset: number): boolean {
  return document.sections.some((section) => offset >= section.headingSpan.start && offset < section.headingSpan.end);
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

const isSentenceEnd = (code: number) => code === 0x3002 || code === 0xff0e || code === 0x21 || code === 0x3f || code === 0xff01 || code === 0xff1f; // 。．!?！？
/** Far longer than any real sentence (the longest in the corpus are a few hundred characters). */
const maxSentenceReach = 2000;

/** The sentence around an offset: from the previous 。 or blank line to the next one. */
export function sentenceAround(document: PolicyDocument, offset: number): Span {
  const text = document.text;
  // Bounded: rules call this once per match, and a "sentence" of a whole huge line made that quadratic.
  const lowest = Math.max(0, offset - maxSentenceReach);
  const highest = Math.min(text.length, offset + maxSentenceReach);
  let start = offset;
  while (start > lowest && !isSentenceEnd(text.charCodeAt(start - 1)) && !(text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 10)) start--;
  let end = offset;
  while (end < highest && !isSentenceEnd(text.charCodeAt(end)) && !(text.charCodeAt(end) === 10 && text.charCodeAt(end + 1) === 10)) end++;
  return { start, end };
}


/** The section that contains an offset (the innermost one). */
export function sectionAt(document: PolicyDocument, offset: number): number | undefined {
  return sectionContaining(document.sections, offset)?.index;
}

/** Full-width digits and letters to ASCII, for comparing numbers written either way. */
export function toHalfWidth(value: string): string {
  return value.replace(/[０-９Ａ-Ｚａ-ｚ＠．－：／]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Reads 12, １２, 十二 or 二十三 as a number; NaN when it is none of these. */
export function readNumber(raw: string): number {
  const ascii = toHalfWidth(raw);
  if (/^[0-9]+$/.test(ascii)) return Number.parseInt(ascii, 10);
  return kanjiToNumber(raw) ?? Number.NaN;
}
