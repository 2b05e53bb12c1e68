import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { StringMemo } from '../perf/memo';
import type { Span } from '../text/positions';
import { parseNumbering } from './numbering';
import { isSectionKind, recogniseSectionKinds } from './sectionKinds';
import { plainText, sentenceEnd, spanOf } from './text';
import type { DocumentLanguage, Numbering, Section, SectionKind } from './types';

/** Longest title (in characters) that a pseudo-heading may have; longer lines are body text. */
const maxPseudoHeadingLength = 60;
/** Longest title after a number and an ideographic space (13　お問い合わせ), which marks a heading less surely. */
const maxSpaceNumberedTitle = 30;

interface Opener {
  readonly blockIndex: number;
  readonly level: number;
  readonly pseudo: boolean;
  readonly headingSpan: Span;
  readonly rawTitle: string;
  readonly titleStart: number;
  readonly numbering?: Numbering;
  /** Numbering style key that decides a pseudo-heading's depth. */
  readonly styleKey?: string;
}

function isSingleLine(text: string): boolean {
  return !/[\r\n]/.test(text.trim());
}

function looksLikeTitle(title: string): boolean {
  const trimmed = title.trim();
  return trimmed.length > 0 && trimmed.length <= maxPseudoHeadingLength && !sentenceEnd.test(trimmed) && !/[：:]$/.test(trimmed);
}

/** `1. 個人情報の利用目的` written as a one-item ordered list, standing before body text. */
function listPseudoHeading(list: List, next: RootContent | undefined, text: string): Omit<Opener, 'blockIndex' | 'level'> | undefined {
  if (!next || next.type === 'list' || next.type === 'heading' || next.type === 'thematicBreak') return undefined;
  return intrinsic(list, text).opener as Omit<Opener, 'blockIndex' | 'level'> | undefined;
}

/** What makes a one-item list a pseudo-heading regardless of its neighbours. */
function listPseudoHeadingAlone(list: List, text: string): Omit<Opener, 'blockIndex' | 'level'> | undefined {
  if (!list.ordered || list.children.length !== 1) return undefined;
  const item = list.children[0];
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
  const paragraph = item.children[0];
  const title = plainText(paragraph);
  const itemSpan = spanOf(item);
  const paragraphSpan = spanOf(paragraph);
  if (!itemSpan || !paragraphSpan || !isSingleLine(text.slice(itemSpan.start, itemSpan.end)) || !looksLikeTitle(title)) return undefined;
  const marker = /^\d{1,9}[.)]/.exec(text.slice(itemSpan.start))?.[0] ?? '';
  const numbering = parseNumbering(marker, itemSpan.start);
  return { pseudo: true, headingSpan: itemSpan, rawTitle: title, titleStart: paragraphSpan.start, numbering, styleKey: numbering?.style ?? 'list' };
}

/** `第1条（目的）` or `（1）利用目的` alone on a line, standing before body text. */
function leadingNumbering(block: RootContent | undefined, text: string): Numbering | undefined {
  const span = block?.type === 'paragraph' ? spanOf(block) : undefined;
  return span ? parseNumbering(text.slice(span.start, span.end), span.start) : undefined;
}

/** The style of a paragraph's leading numbering, which does not change when the paragraph moves. */
function leadingStyle(block: RootContent | undefined, text: string): string | undefined {
  if (block?.type !== 'paragraph') return undefined;
  return intrinsic(block, text).leadingStyle;
}

function paragraphPseudoHeading(
  paragraph: Paragraph,
  previous: RootContent | undefined,
  next: RootContent | undefined,
  text: string,
): Omit<Opener, 'blockIndex' | 'level'> | undefined {
  if (!next || next.type === 'heading' || next.type === 'thematicBreak') return undefined;
  const opener = intrinsic(paragraph, text).opener as Omit<Opener, 'blockIndex' | 'level'> | undefined;
  if (!opener?.numbering) return undefined;
  // A heading glued under body text has that text, not the block before, as its neighbour above.
  const glued = opener.headingSpan.start !== spanOf(paragraph)?.start;
  if (leadingStyle(next, text) === opener.numbering.style || (!glued && leadingStyle(previous, text) === opener.numbering.style)) return undefined;
  return opener;
}

/** What makes a numbered paragraph a pseudo-heading regardless of its neighbours. */
function paragraphPseudoHeadingAlone(paragraph: Paragraph, text: string): Omit<Opener, 'blockIndex' | 'level'> | undefined {
  const span = spanOf(paragraph);
  if (!span) return undefined;
  const source = text.slice(span.start, span.end);
  if (!isSingleLine(source)) return gluedPseudoHeading(source, span.start);
  const numbering = parseNumbering(source, span.start);
  if (!numbering) return undefined;
  const rest = plainText(paragraph).slice(numbering.span.end - span.start).trim();
  if (!looksLikeTitle(rest) && !(numbering.style === 'article' && rest === '')) return undefined;
  // A number and a space start body text too (3　名まで); only a short title makes it a heading.
  if (numbering.style === 'arabic-space' && (rest === '' || rest.length > maxSpaceNumberedTitle)) return undefined;
  const titleStart = numbering.span.end + (/^[ \t　]*/.exec(text.slice(numbering.span.end))?.[0].length ?? 0);
  return { pseudo: true, headingSpan: span, rawTitle: rest, titleStart, numbering, styleKey: numbering.style };
}

/**
 * `13　お問い合わせ` pasted as the last line of the paragraph before it, with no blank line between:
 * the heading is that line. Only this numbering is read so, since a paragraph's last line may
 * well start with (2) or 2. as part of its text.
 */
function gluedPseudoHeading(source: string, start: number): Omit<Opener, 'blockIndex' | 'level'> | undefined {
  const lineOffset = source.lastIndexOf('\n') + 1;
  const line = source.slice(lineOffset).trimEnd();
  const numbering = parseNumbering(line, start + lineOffset);
  if (numbering?.style !== 'arabic-space') return undefined;
  const after = line.slice(numbering.span.end - start - lineOffset);
  const rest = after.trim();
  if (rest === '' || rest.length > maxSpaceNumberedTitle || !looksLikeTitle(rest)) return undefined;
  const titleStart = numbering.span.end + after.length - after.trimStart().length;
  return { pseudo: true, headingSpan: { start: numbering.span.start, end: start + lineOffset + line.length }, rawTitle: rest, titleStart, numbering, styleKey: numbering.style };
}

interface Intrinsic {
  /** The block's offset when this was computed or last shifted. */
  start: number;
  /** The opener the block makes on its own (a heading, or a pseudo-heading if its neighbours allow). */
  opener?: Omit<Opener, 'blockIndex' | 'level'> & { readonly level?: number };
  leadingStyle?: string;
  /** The cleaned title and recognised kinds, for the language and synonyms in `kindsKey`. */
  kindsKey?: string;
  cleaned?: { title: string; explicitId?: string; offset: number; kinds: SectionKind[]; kindSource: Section['kindSource'] };
}

// Keyed by top-level block node: the parser reuses the nodes of blocks an edit did not touch, and
// shifts them in place, so a changed offset means "moved", never "changed".
const intrinsicCache = new WeakMap<RootContent, Intrinsic>();

// Titles recur across versions and across documents; recognising their kinds runs many patterns.
const recognised = new StringMemo<NonNullable<Intrinsic['cleaned']>>(5_000);

const shiftSpan = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });

function intrinsic(block: RootContent, text: string): Intrinsic {
  const start = spanOf(block)?.start ?? 0;
  const cached = intrinsicCache.get(block);
  if (cached) {
    const delta = start - cached.start;
    if (delta !== 0) {
      const opener = cached.opener;
      if (opener) {
        cached.opener = {
          ...opener,
          headingSpan: shiftSpan(opener.headingSpan, delta),
          titleStart: opener.titleStart + delta,
          numbering: opener.numbering && { ...opener.numbering, span: shiftSpan(opener.numbering.span, delta) },
        };
      }
      cached.start = start;
    }
    return cached;
  }
  const fresh: Intrinsic = { start };
  if (block.type === 'heading') fresh.opener = headingOpener(block, text);
  else if (block.type === 'list') fresh.opener = listPseudoHeadingAlone(block, text);
  else if (block.type === 'paragraph') {
    fresh.opener = paragraphPseudoHeadingAlone(block, text);
    fresh.leadingStyle = leadingNumbering(block, text)?.style;
  }
  intrinsicCache.set(block, fresh);
  return fresh;
}

function headingOpener(heading: Heading, text: string): Omit<Opener, 'blockIndex'> | undefined {
  const span = spanOf(heading);
  if (!span) return undefined;
  const contentStart = heading.children.length > 0 ? (spanOf(heading.children[0])?.start ?? span.start) : span.end;
  const title = plainText(heading);
  const numbering = parseNumbering(text.slice(contentStart, span.end), contentStart);
  return { level: heading.depth, pseudo: false, headingSpan: span, rawTitle: title, titleStart: contentStart, numbering };
}

const attributePattern = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;
const bracketPairs: readonly [string, string][] = [['（', '）'], ['(', ')'], ['【', '】'], ['「', '」'], ['[', ']'], ['〔', '〕']];

/** Strips numbering, a trailing {#id} and wrapping brackets: 第3条（利用目的） → 利用目的. */
function cleanTitle(raw: string, numbering: Numbering | undefined): { title: string; explicitId?: string; offset: number } {
  let title = raw;
  let offset = 0;
  let explicitId: string | undefined;
  const attribute = attributePattern.exec(title);
  if (attribute) {
    explicitId = attribute[1];
    title = title.slice(0, attribute.index);
  }
  if (numbering && title.startsWith(numbering.text)) {
    const after = title.slice(numbering.text.length);
    const skipped = after.length - after.replace(/^[\s　.．:：、-]+/, '').length;
    offset += numbering.text.length + skipped;
    title = after.slice(skipped);
  }
  const trimmed = title.trim();
  for (const [open, close] of bracketPairs) {
    if (trimmed.startsWith(open) && trimmed.endsWith(close) && trimmed.length > 2) {
      return { title: trimmed.slice(open.length, -close.length).trim(), explicitId, offset: offset + title.indexOf(open) + open.length };
    }
  }
  return { title: trimmed, explicitId, offset: offset + (title.length - title.trimStart().length) };
}

function recognise(
  opener: Opener,
  language: DocumentLanguage,
  extraSynonyms: Readonly<Partial<Record<SectionKind, readonly string[]>>>,
): NonNullable<Intrinsic['cleaned']> {
  const { title, explicitId, offset } = cleanTitle(opener.rawTitle, opener.numbering && !opener.pseudo ? opener.numbering : undefined);
  const kinds: SectionKind[] = [];
  let kindSource: Section['kindSource'];
  if (explicitId && isSectionKind(explicitId)) {
    kinds.push(explicitId);
    kindSource = 'attribute';
  }
  for (const kind of recogniseSectionKinds(title, language, extraSynonyms)) {
    if (!kinds.includes(kind)) kinds.push(kind);
    kindSource ??= 'title';
  }
  return { title, explicitId, offset, kinds, kindSource };
}

/**
 * Sections from real headings and pseudo-headings. A pseudo-heading gets the level a heading would
 * need at its place: one below the real heading it sits under, one more for each numbering style
 * nested inside another (1. → (1) → ①).
 */
export function buildSections(
  blocks: readonly RootContent[],
  text: string,
  language: DocumentLanguage,
  extraSynonyms: Readonly<Partial<Record<SectionKind, readonly string[]>>>,
): Section[] {
  const openers: Opener[] = [];
  let realLevel = 0;
  let styleStack: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.type === 'heading') {
      const opener = intrinsic(block, text).opener as Omit<Opener, 'blockIndex'> | undefined;
      if (opener) {
        openers.push({ ...opener, blockIndex: i });
        realLevel = block.depth;
        styleStack = [];
      }
      continue;
    }
    const pseudo =
      block.type === 'list' ? listPseudoHeading(block, next, text) : block.type === 'paragraph' ? paragraphPseudoHeading(block, blocks[i - 1], next, text) : undefined;
    if (!pseudo) continue;
    const key = pseudo.styleKey ?? 'pseudo';
    const depth = styleStack.indexOf(key);
    if (depth >= 0) styleStack = styleStack.slice(0, depth + 1);
    else styleStack.push(key);
    const base = realLevel === 0 ? 2 : realLevel + 1;
    openers.push({ ...pseudo, blockIndex: i, level: Math.min(6, base + styleStack.length - 1) });
  }

  const kindsKey = `${language}:${JSON.stringify(extraSynonyms)}`;
  const sections: Section[] = [];
  for (let i = 0; i < openers.length; i++) {
    const opener = openers[i];
    let end = text.length;
    for (let j = i + 1; j < openers.length; j++) {
      if (openers[j].level <= opener.level) {
        end = openers[j].headingSpan.start;
        break;
      }
    }
    let parent: number | undefined;
    for (let j = i - 1; j >= 0; j--) {
      if (openers[j].level < opener.level) {
        parent = j;
        break;
      }
    }
    const block = intrinsic(blocks[opener.blockIndex], text);
    if (block.kindsKey !== kindsKey || !block.cleaned) {
      const key = `${kindsKey}\u0000${opener.pseudo}\u0000${opener.numbering && !opener.pseudo ? opener.numbering.text : ''}\u0000${opener.rawTitle}`;
      block.cleaned = recognised.get(key, () => recognise(opener, language, extraSynonyms));
      block.kindsKey = kindsKey;
    }
    const { title, explicitId, offset, kindSource } = block.cleaned;
    const kinds = [...block.cleaned.kinds];
    const titleStart = opener.titleStart + offset;
    sections.push({
      index: i,
      level: opener.level,
      title,
      headingSpan: opener.headingSpan,
      titleSpan: { start: Math.min(titleStart, opener.headingSpan.end), end: Math.min(titleStart + title.length, opener.headingSpan.end) },
      span: { start: opener.headingSpan.start, end },
      numbering: opener.numbering,
      kinds,
      kindSource,
      explicitId,
      pseudo: opener.pseudo,
      suggestedLevel: opener.level,
      parent,
    });
  }
  return sections;
}

/**
 * The innermost section containing an offset. Sections nest and are ordered by start, so the
 * answer is the last section starting at or before the offset, or one of its ancestors.
 */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let low = 0;
  let high = sections.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sections[mid].span.start <= offset) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const contains = (section: Section) =>
    offset < section.span.end || (offset === section.span.end && section.span.end === section.span.start);
  for (let candidate = last >= 0 ? sections[last] : undefined; candidate; candidate = candidate.parent !== undefined ? sections[candidate.parent] : undefined) {
    if (contains(candidate)) return candidate;
  }
  return undefined;
}
