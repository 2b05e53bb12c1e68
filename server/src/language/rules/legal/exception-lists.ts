// Lists in the document that reproduce a statutory exception list (APPI 18(3), 20(2), 21(4), 27(1),
// 33(2)), matched against the clause library once per document and shared by the three
// exception-list rules. With a configuration, its own clause sets (clauses/user.ts) are matched too.
import { closeMatches, matchClauseList, type ClauseListMatch } from '../../clauses/match';
import type { ClauseSet } from '../../clauses/types';
import type { ListItemInfo, PolicyDocument } from '../../model/types';
import { builtInLibrary, introducesUserSet, userSetsFor, type ClauseLibrary } from '../../clauses/user';
import { getProfile } from '../../profiles';
import type { Span } from '../../text/positions';
import { StringMemo } from '../../perf/memo';
import { textUnits, type TextUnit } from './scan';
import { lastItemContinues, numberedParagraphRuns, paragraphItem, type NumberedParagraphRun } from './numbered-paragraphs';

export interface ExceptionListItem {
  readonly text: string;
  readonly span: Span;
  readonly item: ListItemInfo;
}

export interface ExceptionList {
  readonly span: Span;
  readonly intro: string;
  readonly items: readonly ExceptionListItem[];
  /** The set the introducing sentence calls for, if it names one. */
  readonly expected?: string;
  /** The best match among the profile's exception sets. */
  readonly best: ClauseListMatch;
  /** The match against the expected set (equals best when they agree). */
  readonly againstExpected?: ClauseListMatch;
  /**
   * Set when the list is written as numbered paragraphs (（1）… lines) rather than a Markdown list:
   * the space after each number and whether blank lines separate the items, which fixes follow.
   */
  readonly paragraphs?: { readonly gap: string; readonly separated: boolean };
}

interface CandidateList {
  readonly intro: string;
  readonly items: ExceptionListItem[];
  readonly span: Span;
  readonly paragraphs?: ExceptionList['paragraphs'];
}

/** What the sentence before a list says the exceptions are to (brief §1.3–1.11). */
const contexts: readonly { set: string; pattern: RegExp }[] = [
  { set: 'appi-20-2', pattern: /要配慮個人情報/ },
  { set: 'appi-33-2', pattern: /開示.{0,60}(?:しない|できない|行わない|いたしかね|お断り|応じかね|応じられ|除き)|(?:訂正|利用の?停止|第三者への提供の停止).{0,80}(?:除き|場合を除)/ },
  // 第三者提供記録 is about disclosure of records, not about provision.
  { set: 'appi-27-1', pattern: /第三者(?:に|へ).{0,20}(?:提供|開示)|第三者提供(?!記録)/ },
  { set: 'appi-21-4', pattern: /利用目的.{0,20}(?:通知|公表)(?:し|する|を)/ },
  { set: 'appi-18-3', pattern: /目的(?:の達成に必要な)?(?:の)?範囲を超え|目的外|目的以外|利用目的の範囲内/ },
];

/** Per model, per library: a configuration change keeps the model but changes what lists match. */
const cache = new WeakMap<PolicyDocument, Map<string, ExceptionList[]>>();

const cleaned = new StringMemo<string>();

function clean(text: string): string {
  return cleaned.get(text, (value) => value.replace(/\s*\n\s*/g, '').trim());
}

/**
 * Index of the first unit for which `after` holds; units are leaf blocks in document order, so their
 * starts and ends both increase. A binary search, because a scan per list was quadratic on deep nesting.
 */
function firstUnit(units: readonly TextUnit[], after: (unit: TextUnit) => boolean): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(units[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Consecutive lists in one section, where the text between them is the tail of an item broken
 * by a stray blank line (「…利用目\n\n的を本人に…とき」), are one list.
 */
function logicalLists(document: PolicyDocument): { intro: string; items: ExceptionListItem[]; span: Span }[] {
  const units = textUnits(document);
  const result: { intro: string; items: ExceptionListItem[]; span: Span }[] = [];
  // Units are in document order and do not overlap, so both their starts and their ends ascend.
  let previous: { items: ExceptionListItem[]; span: Span; section?: number } | undefined;
  for (const list of document.lists) {
    if (list.depth > 1) continue;
    const items = list.items.filter((item) => item.text.trim() !== '').map((item) => ({ text: clean(item.text), span: item.textSpan, item }));
    if (previous && list.section === (previous.section ?? list.section)) {
      const between: TextUnit[] = [];
      for (let i = firstUnit(units, (unit) => unit.span.start >= previous!.span.end); i < units.length && units[i].span.end <= list.span.start; i++) between.push(units[i]);
      const last = previous.items[previous.items.length - 1];
      if (between.length === 1 && between[0].text.length <= 120 && last && !/[。.]$/.test(last.text) && /(?:とき|場合)。?$/.test(between[0].text)) {
        previous.items[previous.items.length - 1] = { ...last, text: last.text + between[0].text };
        previous.items.push(...items);
        previous.span = { start: previous.span.start, end: list.span.end };
        continue;
      }
    }
    // The sentence before may be the text of a one-item list (「1. 当社は…ただし、以下の場合を除きます。」).
    const before = units[firstUnit(units, (unit) => unit.span.end > list.span.start) - 1];
    const entry = { intro: clean(list.intro?.text ?? before?.text ?? ''), items, span: list.span, section: list.section };
    result.push(entry);
    previous = entry;
  }
  return result;
}

// Matching a list against the statutes is the costly part and depends only on its texts, its
// introduction and the clause library, which an edit elsewhere leaves as they were.
const matchMemo = new StringMemo<ClauseListMatch[]>(2_000);

function expectedSet(intro: string, candidates: readonly string[]): string | undefined {
  const sentence = intro.normalize('NFKC');
  return contexts.find((context) => candidates.includes(context.set) && context.pattern.test(sentence))?.set;
}

const academic = new WeakMap<PolicyDocument, boolean>();

/**
 * The sentence that introduces a run: the paragraph holding the line above its first item, up to
 * that item (the run often continues the same Markdown paragraph), so that a sentence broken over
 * lines is read whole.
 */
function paragraphIntroduction(document: PolicyDocument, run: NumberedParagraphRun): string {
  const units = textUnits(document);
  const introStart = document.lines.lineStart(run.introductionLine);
  const firstItem = run.lines[0].numbering.span.start;
  const unit = units[firstUnit(units, (candidate) => candidate.span.end > introStart)];
  // The unit may start after a list marker on the introduction's line, but not on a later line.
  if (!unit || unit.span.start >= document.lines.lineEnd(run.introductionLine)) return clean(run.introduction);
  const end = unit.offsets.findIndex((offset) => offset >= firstItem);
  return clean(unit.text.slice(0, end < 0 ? unit.text.length : end));
}

/**
 * Runs of numbered paragraphs that count from 1, as exception lists. A run numbered from later on
 * continues numbering of something else (「(5) …」 after a table), not a list of its own; a run whose
 * last item wraps onto the next line would be read without its tail, so it is left unread rather
 * than misread. Numbered lines inside a Markdown list item already read as a list are left to it.
 */
function paragraphLists(document: PolicyDocument, lists: readonly ExceptionList[]): CandidateList[] {
  const result: CandidateList[] = [];
  for (const run of numberedParagraphRuns(document)) {
    if (run.lines[0].numbering.value !== 1 || lastItemContinues(document, run)) continue;
    const first = run.lines[0].numbering.span.start;
    if (lists.some((list) => list.items.some((entry) => entry.item.span.start <= first && first < entry.item.span.end))) continue;
    const items = run.lines
      .filter((entry) => entry.text.trim() !== '')
      .map((entry) => {
        const item = paragraphItem(document, entry);
        return { text: clean(item.text), span: item.textSpan, item };
      });
    const last = run.lines[run.lines.length - 1];
    result.push({
      intro: paragraphIntroduction(document, run),
      items,
      span: { start: first, end: document.lines.lineEnd(last.line) },
      paragraphs: { gap: last.gap, separated: run.separated },
    });
  }
  return result;
}

export function isAcademic(document: PolicyDocument): boolean {
  const cached = academic.get(document);
  if (cached !== undefined) return cached;
  const name = document.organization?.name ?? '';
  const result = /大学|研究所|研究機関|学術/.test(name) || textUnits(document).some((unit) => /(?:当社|当法人|当機関)は(?:、)?学術研究機関等|本学|当学|当研究所|当大学/.test(unit.text));
  academic.set(document, result);
  return result;
}

/** Statutory items the list may leave out: academic-research items, unless the business is one. */
export function optionalItem(document: PolicyDocument, itemId: string, library: ClauseLibrary = builtInLibrary): boolean {
  const item = library.getItem(itemId);
  if (!item) return true;
  if (item.optional) return true;
  return !item.verbatim && !isAcademic(document) && (item.academic || /学術研究/.test(item.statute));
}

export function exceptionLists(document: PolicyDocument, library: ClauseLibrary = builtInLibrary): readonly ExceptionList[] {
  let perLibrary = cache.get(document);
  if (!perLibrary) {
    perLibrary = new Map();
    cache.set(document, perLibrary);
  }
  const cached = perLibrary.get(library.key);
  if (cached) return cached;
  const builtIn = document.language === 'ja' ? getProfile(document.profile).clauseSets.filter((id) => library.getSet(id)?.kind === 'exceptions') : [];
  const userSets = userSetsFor(library, document.profile);
  const candidates = [...builtIn, ...userSets.map((set) => set.id)];
  const found: ExceptionList[] = [];
  if (candidates.length > 0) {
    const consider = (list: CandidateList) => {
      if (list.items.length < 2) return;
      const texts = list.items.map((item) => item.text);
      const results = matchMemo.get(JSON.stringify([library.key, candidates, list.intro, texts]), () => matchClauseList(texts, { candidates, introduction: list.intro, sets: library.sets }));
      // The writer's own phrases name their set more surely than the statute's keywords do.
      const expected = userSets.find((set) => introducesUserSet(set, list.intro))?.id ?? expectedSet(list.intro, builtIn);
      const close = closeMatches(results);
      const againstExpected = expected ? results.find((result) => result.setId === expected) : undefined;
      // Sets sharing items (18(3), 20(2), 27(1)) score alike; the introduction decides between them.
      const best = close.find((result) => result.setId === expected) ?? close[0];
      if (!best) return;
      // One matching item is a coincidence (「法令に基づく場合」 appears everywhere); two make a list,
      // and so does one under an introduction the writer configured for the set (a list of one
      // match is a low score by construction, so the score does not count there).
      const introduced = best.setId === expected && best.introductionMatches && library.getSet(best.setId)?.law === 'user';
      if (!introduced && (best.matches.length < 2 || best.score < 0.4)) return;
      found.push({ span: list.span, intro: list.intro, items: list.items, expected, best, againstExpected, ...(list.paragraphs ? { paragraphs: list.paragraphs } : {}) });
    };
    logicalLists(document).forEach(consider);
    paragraphLists(document, found).forEach(consider);
    found.sort((a, b) => a.span.start - b.span.start);
  }
  perLibrary.set(library.key, found);
  return found;
}

export function listAnchor(document: PolicyDocument, list: ExceptionList): Span {
  const start = list.items[0]?.item.span.start ?? list.span.start;
  return { start, end: document.lines.lineEnd(document.lines.lineAt(start)) };
}


/**
 * The lists read as the set their introduction expects (or as their best match when it expects none),
 * with that set: what the incomplete and altered rules check. A list under another article's sentence
 * is mismatched-exception-list's to report instead.
 */
export function listsAsRecognised(document: PolicyDocument, library: ClauseLibrary): { list: ExceptionList; set: ClauseSet }[] {
  return exceptionLists(document, library).flatMap((list) => {
    if (list.expected && list.best.setId !== list.expected) return [];
    const set = library.getSet(list.best.setId);
    return set ? [{ list, set }] : [];
  });
}
