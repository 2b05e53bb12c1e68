// Recognises which statutory list a policy's bulleted list reproduces, item by item, and what
// each item leaves out. Lists are short (≤ 10 items) and so are the sets, so an all-pairs
// similarity table with a greedy one-to-one assignment is both fast and good enough.
import { clauseSets } from './library';
import { normalizeClauseText } from './normalize';
import type { ClauseItem, ClauseSet } from './types';
import { introducesUserSet } from './user';

export interface ClauseItemMatch {
  /** Index into the itemTexts passed in. */
  itemIndex: number;
  clauseItemId: string;
  /** 0–1: bigram Dice of the normalised texts, or for Japanese a discounted share of the
   *  document item found in the statute, whichever is higher. */
  similarity: number;
  /** The normalised document text equals the normalised statute, parentheticals included. */
  exact: boolean;
  /** Statutory conditions (「であって、…とき」, 「（…を除く。）」, 「（…に限る。）」) the item drops. */
  missingConditions: string[];
}

export interface ClauseListMatch {
  setId: string;
  /** 0–1 (see scoreOf), plus up to 0.35 when the introduction names the set's subject. Sets
   *  sharing items (18(3)/20(2)/27(1), 21(4)/33(2)) can score alike. */
  score: number;
  matches: ClauseItemMatch[];
  /** Statutory items with no counterpart in the document, in statutory order. */
  missingItemIds: string[];
  /** Document items with no statutory counterpart. */
  extraItemIndexes: number[];
  /** The introducing sentence names this set's subject (options.introduction). */
  introductionMatches: boolean;
}

export interface MatchOptions {
  /** Set ids to try; all sets when absent. */
  candidates?: string[];
  /** The sentence introducing the list (e.g. 「次の場合を除き、第三者に提供しません。」). */
  introduction?: string;
  /** Below this, a document item is not taken to reproduce a statutory item. Default 0.5. */
  minSimilarity?: number;
  /** The sets to match against (the library of the document's configuration); the built-in ones when absent. */
  sets?: readonly ClauseSet[];
}

type Bigrams = Map<string, number>;

interface PreparedItem {
  item: ClauseItem;
  normalized: string;
  bigrams: Bigrams;
  /** The statute with every parenthetical removed, because policies usually drop
   *  「（条例を含む。…）」 and the like; undefined when the statute has none. */
  bare?: Bigrams;
  conditions: { phrase: string; bigrams: Bigrams }[];
  /** Academic-research items: a list may legitimately omit them (brief §5 R12). */
  optional: boolean;
}

/** A bare-text match is slightly worse than a full one, so that 27(1)'s 「法令に基づく場合」
 *  beats 18(3)'s 「法令（条例を含む。…）に基づく場合」 for a list that has exactly the former. */
const BARE_PENALTY = 0.97;
const CONDITION_PRESENT = 0.6;
/** Containment only counts for items long enough not to be contained by accident. */
const CONTAINMENT_MIN_BIGRAMS = 10;
const CONTAINMENT_WEIGHT = 0.8;
/** Large enough to reorder sets whose items coincide (a four-item 20(2) list otherwise loses
 *  to 27(1), which has no further required items), but scaled by the share of the list the set
 *  explains, so an introduction cannot lift a set that matches only one item. */
const INTRODUCTION_BONUS = 0.35;

/** Keywords of each set's chapeau, as policies paraphrase it in the sentence before the list. */
const INTRODUCTION_HINTS: Record<string, RegExp> = {
  'appi-18-3': /利用目的(?:の達成に必要な)?(?:範囲を超え|以外)|目的外/u,
  'appi-20-2': /要配慮個人情報/u,
  'appi-21-4': /利用目的.{0,20}(?:通知|公表)/u,
  'appi-27-1': /第三者(?:に|へ)(?:の)?(?:提供|開示)|第三者提供/u,
  'appi-27-2': /オプトアウト|提供を停止/u,
  'appi-27-5': /第三者に該当しない/u,
  'appi-27-5-3': /共同(?:して)?利用/u,
  'appi-28-2': /外国/u,
  'appi-32-1': /保有個人データ|知り得る状態/u,
  'appi-33-2': /開示.{0,30}(?:しない|できない|お断り|応じかね|応じられ)/u,
  'gdpr-13-1': /collect(?:ed)? (?:from|directly)/iu,
  'gdpr-13-2': /collect(?:ed)? (?:from|directly)/iu,
  'gdpr-14-1': /not (?:been )?obtained from|(?:from|via) (?:third|other) (?:part|source)/iu,
  'gdpr-14-2': /not (?:been )?obtained from|(?:from|via) (?:third|other) (?:part|source)/iu,
};

export function bigramsOf(normalized: string): Bigrams {
  const result: Bigrams = new Map();
  // A one-character text still needs one gram to be comparable at all.
  if (normalized.length === 1) result.set(normalized, 1);
  for (let i = 0; i + 1 < normalized.length; i++) {
    const gram = normalized.slice(i, i + 2);
    result.set(gram, (result.get(gram) ?? 0) + 1);
  }
  return result;
}

function sizeOf(grams: Bigrams): number {
  let total = 0;
  for (const count of grams.values()) total += count;
  return total;
}

function overlap(a: Bigrams, b: Bigrams): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
  return shared;
}

/** Sørensen–Dice coefficient over character-bigram multisets. */
export function dice(a: Bigrams, b: Bigrams): number {
  const total = sizeOf(a) + sizeOf(b);
  return total === 0 ? 0 : (2 * overlap(a, b)) / total;
}

/** Similarity (0–1) of two clause texts after normalizeClauseText. */
export function clauseSimilarity(a: string, b: string): number {
  return dice(bigramsOf(normalizeClauseText(a)), bigramsOf(normalizeClauseText(b)));
}

/** Removes parentheticals, innermost first, so nested ones such as 32(1)(iii)'s go whole. */
function withoutParentheticals(text: string): string {
  let current = text;
  for (let guard = 0; guard < 5; guard++) {
    const next = current.replace(/（[^（）]*）/gu, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Top-level parenthetical groups, with their brackets. */
function topLevelParentheticals(text: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' && depth++ === 0) start = i;
    else if (text[i] === '）' && depth > 0 && --depth === 0) groups.push(text.slice(start, i + 1));
  }
  return groups;
}

/**
 * The phrases that narrow an exception: the 「であって、…とき」 clause and parenthetical
 * exclusions or limits. Inclusions such as 「（条例を含む。…）」 widen it, so dropping them
 * is harmless and they are not conditions.
 */
export function conditionPhrases(item: ClauseItem): string[] {
  const phrases: string[] = [];
  const clause = /であって、.*?とき/u.exec(item.statute);
  if (clause) phrases.push(clause[0]);
  for (const group of topLevelParentheticals(item.statute)) {
    const inner = group.slice(1, -1).replace(/。$/u, '');
    if (!/(?:を除く|に限る)$/u.test(inner)) continue;
    // 「…を含み、…を除く」: only the part after 含み narrows.
    const including = inner.lastIndexOf('を含み、');
    phrases.push(including >= 0 ? inner.slice(including + 'を含み、'.length) : inner);
  }
  return phrases;
}

// Keyed by the item object: a user set's item may keep its id while its text changes with the configuration.
const prepared = new WeakMap<ClauseItem, PreparedItem>();

function prepare(item: ClauseItem, set: ClauseSet): PreparedItem {
  const cached = prepared.get(item);
  if (cached) return cached;
  const normalized = normalizeClauseText(item.statute);
  const bareText = withoutParentheticals(item.statute);
  const conditions = set.kind === 'exceptions'
    ? conditionPhrases(item).map((phrase) => ({
        phrase,
        // Policies rephrase the link word (「場合で、」「場合であり、」), so only the content counts.
        bigrams: bigramsOf(normalizeClauseText(withoutParentheticals(phrase.replace(/^であって、/u, '')))),
      }))
    : [];
  const result: PreparedItem = {
    item,
    normalized,
    bigrams: bigramsOf(normalized),
    bare: bareText === item.statute ? undefined : bigramsOf(normalizeClauseText(bareText)),
    conditions,
    optional: item.academic || item.optional === true || /学術研究目的|学術研究の成果/u.test(item.statute),
  };
  prepared.set(item, result);
  return result;
}

interface DocItem {
  index: number;
  normalized: string;
  bigrams: Bigrams;
  size: number;
  japanese: boolean;
}

function similarityOf(doc: DocItem, statute: PreparedItem): number {
  let similarity = dice(doc.bigrams, statute.bigrams);
  if (statute.bare) similarity = Math.max(similarity, BARE_PENALTY * dice(doc.bigrams, statute.bare));
  // A truncated copy (the R09 defect: 「…必要がある場合」 without 「であって、…とき」) is
  // what most needs recognising, yet Dice halves it when the dropped tail is long. Not for
  // English: a long English text contains nearly every common letter pair.
  if (doc.japanese && doc.size >= CONTAINMENT_MIN_BIGRAMS) {
    similarity = Math.max(similarity, CONTAINMENT_WEIGHT * (overlap(doc.bigrams, statute.bigrams) / doc.size));
  }
  return similarity;
}

function missingConditions(doc: DocItem, statute: PreparedItem): string[] {
  return statute.conditions
    .filter(({ bigrams }) => {
      const size = sizeOf(bigrams);
      return size > 0 && overlap(bigrams, doc.bigrams) / size < CONDITION_PRESENT;
    })
    .map(({ phrase }) => phrase);
}

function matchSet(docs: readonly DocItem[], set: ClauseSet, minSimilarity: number): Omit<ClauseListMatch, 'introductionMatches'> {
  const statutes = set.items.map((item) => prepare(item, set));
  const pairs: { doc: number; statute: number; similarity: number }[] = [];
  docs.forEach((doc, d) => {
    if (doc.normalized === '') return;
    statutes.forEach((statute, s) => {
      const similarity = similarityOf(doc, statute);
      if (similarity >= minSimilarity) pairs.push({ doc: d, statute: s, similarity });
    });
  });
  // Ties (identical items such as two pasted copies) go to the pair closest to list order.
  pairs.sort((a, b) => b.similarity - a.similarity || Math.abs(a.doc - a.statute) - Math.abs(b.doc - b.statute) || a.doc - b.doc);
  const docTaken = new Set<number>();
  const statuteTaken = new Set<number>();
  const matches: ClauseItemMatch[] = [];
  for (const pair of pairs) {
    if (docTaken.has(pair.doc) || statuteTaken.has(pair.statute)) continue;
    docTaken.add(pair.doc);
    statuteTaken.add(pair.statute);
    const doc = docs[pair.doc];
    const statute = statutes[pair.statute];
    matches.push({
      itemIndex: doc.index,
      clauseItemId: statute.item.id,
      similarity: pair.similarity,
      exact: doc.normalized === statute.normalized,
      missingConditions: missingConditions(doc, statute),
    });
  }
  matches.sort((a, b) => a.itemIndex - b.itemIndex);
  const missingItemIds = statutes.filter((_, s) => !statuteTaken.has(s)).map((statute) => statute.item.id);
  const extraItemIndexes = docs.filter((_, d) => !docTaken.has(d)).map((doc) => doc.index);
  return { setId: set.id, score: scoreOf(statutes, statuteTaken, matches, extraItemIndexes.length), matches, missingItemIds, extraItemIndexes };
}

/**
 * Matched similarity over what a faithful copy would contain: every required item, every
 * optional (academic) item the document does include, and every document item that matched
 * nothing. Missing academic items cost nothing, so an older four-item list scores alike
 * against 18(3) and 27(1) instead of favouring whichever set has fewer academic items.
 */
function scoreOf(statutes: readonly PreparedItem[], taken: ReadonlySet<number>, matches: readonly ClauseItemMatch[], extras: number): number {
  const expected = statutes.filter((statute, s) => !statute.optional || taken.has(s)).length + extras;
  const total = matches.reduce((sum, match) => sum + match.similarity, 0);
  return expected === 0 ? 0 : total / expected;
}

/**
 * Every candidate set that shares at least one item with the list, best first. Sets whose
 * items coincide can only be told apart by the introduction, so callers should look at all
 * results close to the best (see closeMatches) rather than only the first.
 */
export function matchClauseList(itemTexts: readonly string[], options: MatchOptions = {}): ClauseListMatch[] {
  const minSimilarity = options.minSimilarity ?? 0.5;
  const candidates = options.candidates ? new Set(options.candidates) : undefined;
  const docs: DocItem[] = itemTexts.map((text, index) => {
    const normalized = normalizeClauseText(text);
    const bigrams = bigramsOf(normalized);
    return { index, normalized, bigrams, size: sizeOf(bigrams), japanese: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(normalized) };
  });
  const nonEmpty = docs.filter((doc) => doc.normalized !== '').length;
  const sets = options.sets ?? clauseSets;
  const order = new Map(sets.map((set, i) => [set.id, i]));
  const results: ClauseListMatch[] = [];
  for (const set of sets) {
    if (candidates && !candidates.has(set.id)) continue;
    const result = matchSet(docs, set, minSimilarity);
    if (result.matches.length === 0) continue;
    const hint = INTRODUCTION_HINTS[set.id];
    const introductionMatches = options.introduction !== undefined
      && (hint !== undefined ? hint.test(options.introduction.normalize('NFKC')) : introducesUserSet(set, options.introduction));
    const bonus = introductionMatches ? (INTRODUCTION_BONUS * result.matches.length) / Math.max(1, nonEmpty) : 0;
    results.push({ ...result, score: result.score + bonus, introductionMatches });
  }
  const exactCount = (result: ClauseListMatch) => result.matches.filter((match) => match.exact).length;
  return results.sort((a, b) => b.score - a.score || exactCount(b) - exactCount(a) || (order.get(a.setId) ?? 0) - (order.get(b.setId) ?? 0));
}

/** The results within margin of the best score: the sets the list could plausibly be. */
export function closeMatches(results: readonly ClauseListMatch[], margin = 0.05): ClauseListMatch[] {
  if (results.length === 0) return [];
  const best = results[0].score;
  return results.filter((result) => result.score >= best - margin);
}
