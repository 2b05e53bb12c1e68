import type { RootContent } from 'mdast';
import { findContacts } from '../model/contacts';
import { findDates } from '../model/dates';
import { findSuppressions } from '../model/suppressions';
import { findDefinedTerms } from '../model/terms';
import { plainText, spanOf, textSegments, type TextSegment } from '../model/text';
import type { ContactDetail, DateMention, DefinedTerm, SuppressionComment } from '../model/types';
import type { LineIndex } from '../text/positions';

/**
 * What the model learns from one top-level block on its own. The parser reuses the nodes of blocks an
 * edit did not touch (shifted in place), so these are computed once per block and only shifted after.
 */
export interface BlockFacts {
  readonly segments: readonly TextSegment[];
  readonly japanese: number;
  readonly latin: number;
  readonly terms: readonly DefinedTerm[];
  readonly dates: readonly DateMention[];
  readonly contacts: readonly ContactDetail[];
  readonly suppressions: readonly SuppressionComment[];
  /** A short one-line paragraph naming an organisation: a candidate for the operator's name. */
  readonly organisation?: { readonly name: string; readonly inSentence: boolean };
}

interface Cached {
  /** The block's offset and line when the facts were computed or last shifted. */
  start: number;
  line: number;
  facts: BlockFacts;
}

const cache = new WeakMap<RootContent, Cached>();

const japaneseChar = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g;
const latinChar = /[A-Za-z]/g;

export const organisationName =
  /(?:株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人|学校法人|医療法人|社会福祉法人|宗教法人|国立大学法人)|\b(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corporation|Corp\.|GmbH|K\.K\.)(?=\s|$|,)/;

function count(pattern: RegExp, value: string): number {
  pattern.lastIndex = 0;
  let found = 0;
  while (pattern.exec(value) !== null) found++;
  return found;
}

/** Kana/kanji and Latin letters in a text, for language detection. */
export function countScripts(value: string): { japanese: number; latin: number } {
  return { japanese: count(japaneseChar, value), latin: count(latinChar, value) };
}

function compute(block: RootContent, text: string, lines: LineIndex): BlockFacts {
  const segments = textSegments(block, text);
  let japanese = 0;
  let latin = 0;
  for (const segment of segments) {
    const scripts = countScripts(segment.value);
    japanese += scripts.japanese;
    latin += scripts.latin;
  }
  let organisation: BlockFacts['organisation'];
  if (block.type === 'paragraph' && spanOf(block)) {
    // 「株式会社X（所在地：…）」: the address in brackets is not part of the name. The look-behind starts
    // the space run at its first space; from every space of a long run the pattern was quadratic.
    const value = plainText(block).trim().replace(/(?<!\s)\s*[（(](?:所在地|住所|本社|本店|本部|〒)[^（）()]*[）)]$/, '');
    if (value.length <= 60 && !/[。\n]/.test(value) && organisationName.test(value)) {
      // Recipients are named inside sentences or next to particles (… の whois); the operator stands alone.
      organisation = { name: value, inSentence: /[のはをにがで]\s|\s[のはをにがで]|[（(]/.test(value) };
    }
  }
  return {
    segments,
    japanese,
    latin,
    terms: findDefinedTerms(segments, text),
    dates: findDates(segments, text),
    contacts: findContacts([block], segments, text),
    suppressions: findSuppressions([block], text, lines),
    organisation,
  };
}

/** A copy of model data with every span ({ start, end } of numbers) moved by `delta`. */
export function shiftSpans<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shiftSpans(item, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) copy[key] = shiftSpans(record[key], delta);
  if (typeof record.start === 'number' && typeof record.end === 'number') {
    copy.start = record.start + delta;
    copy.end = record.end + delta;
  }
  return copy as T;
}

function shift(facts: BlockFacts, delta: number, lineDelta: number): BlockFacts {
  if (delta === 0 && lineDelta === 0) return facts;
  return {
    segments: facts.segments.map((segment) => ({ ...segment, start: segment.start + delta, span: { start: segment.span.start + delta, end: segment.span.end + delta } })),
    japanese: facts.japanese,
    latin: facts.latin,
    terms: shiftSpans(facts.terms, delta),
    dates: shiftSpans(facts.dates, delta),
    contacts: shiftSpans(facts.contacts, delta),
    suppressions: facts.suppressions.map((s) => ({ ...s, span: { start: s.span.start + delta, end: s.span.end + delta }, line: s.line + lineDelta })),
    organisation: facts.organisation,
  };
}

/** The facts of a block, from the cache when the parser reused the block. */
export function blockFacts(block: RootContent, text: string, lines: LineIndex): BlockFacts {
  const start = spanOf(block)?.start ?? 0;
  const line = block.position?.start.line ?? 0;
  const cached = cache.get(block);
  if (cached) {
    if (cached.start !== start || cached.line !== line) {
      cached.facts = shift(cached.facts, start - cached.start, line - cached.line);
      cached.start = start;
      cached.line = line;
    }
    return cached.facts;
  }
  const facts = compute(block, text, lines);
  cache.set(block, { start, line, facts });
  return facts;
}
