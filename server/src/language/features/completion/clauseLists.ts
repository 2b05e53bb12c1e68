// Which statutory list a document list reproduces (or is introduced as), shared by completion
// and hover so that both read a list the same way.
import { closeMatches, matchClauseList, type ClauseListMatch } from '../../clauses/match';
import type { ClauseItem, ClauseSet } from '../../clauses/types';
import { builtInLibrary, introducesUserSet, userSetsFor, type ClauseLibrary } from '../../clauses/user';
import { numberToKanji } from '../../model/numbering';
import { sectionAt } from '../../model/sections';
import type { ListInfo, ListItemInfo, PolicyDocument, Section, SectionKind } from '../../model/types';
import { getProfile } from '../../profiles';
import { exceptionLists } from '../../rules/legal/exception-lists';
import type { NumberedParagraphRun } from '../../rules/legal/numbered-paragraphs';
import type { MessageLanguage } from '../../rules/types';

export interface RecognisedClauseList {
  readonly list: ListInfo;
  readonly set: ClauseSet;
  /** Undefined when the list has no recognisable item yet and only its introduction names the set. */
  readonly match?: ClauseListMatch;
  /** Statutory items the list lacks, in statutory order. */
  readonly missing: readonly ClauseItem[];
  /** The document item a match's itemIndex refers to. */
  readonly itemAt: (matchIndex: number) => ListItemInfo | undefined;
}

/** The set a section of this kind normally reproduces, used when the list itself says too little. */
const setBySectionKind: Partial<Record<SectionKind, string>> = {
  'third-party': 'appi-27-1',
  'purpose-limitation': 'appi-18-3',
  'sensitive-data': 'appi-20-2',
  disclosure: 'appi-33-2',
};

/** An introduction that announces exceptions (「次の場合を除き」, "except where"). */
const announcesExceptions = /除き|除いて|除くほか|場合を除|場合には?、?この限りでない|except|unless/iu;

/** Introductions naming a set's subject, for lists that have no item to match yet. */
const introductionSets: readonly [RegExp, string][] = [
  [/要配慮個人情報/u, 'appi-20-2'],
  [/第三者(?:に|へ)(?:の)?(?:提供|開示)|第三者提供/u, 'appi-27-1'],
  [/開示/u, 'appi-33-2'],
  [/利用目的.{0,20}(?:通知|公表)/u, 'appi-21-4'],
  [/利用目的(?:の達成に必要な)?(?:範囲を超え|以外)|目的外/u, 'appi-18-3'],
];

/** The sentence that introduces a list: its own intro, or the item or one-item list right before it. */
export function introductionOf(document: PolicyDocument, list: ListInfo): string {
  if (list.intro) return list.intro.text;
  for (let index = list.index - 1; index >= 0; index--) {
    const previous = document.lists[index];
    if (previous.span.end > list.span.start) continue;
    const between = document.text.slice(previous.span.end, list.span.start);
    if (/\S/u.test(between)) return '';
    return previous.items[previous.items.length - 1]?.text ?? '';
  }
  return '';
}

function candidateSets(document: PolicyDocument, library: ClauseLibrary): string[] {
  const user = userSetsFor(library, document.profile).map((set) => set.id);
  const fromProfile = getProfile(document.profile).clauseSets;
  if (fromProfile.length > 0) return [...fromProfile, ...user];
  // Without a profile, a Japanese policy is still most likely quoting the APPI lists.
  return [...(document.language === 'ja' ? ['appi-18-3', 'appi-20-2', 'appi-21-4', 'appi-27-1', 'appi-33-2'] : []), ...user];
}

/**
 * The clause set a list reproduces. `skipItem` leaves out the item being typed, whose few
 * characters would otherwise count as an extra item that matches nothing.
 */
export function recogniseClauseList(document: PolicyDocument, list: ListInfo, skipItem?: number, library: ClauseLibrary = builtInLibrary): RecognisedClauseList | undefined {
  // The exception-list rules have already read this list (cached per model): agree with them.
  // A nested list lies inside its parent's span, so match by the items themselves.
  const starts = new Set(list.items.map((item) => item.span.start));
  // An item whose text goes on with numbered paragraphs （1）（2）… only introduces them: the run is
  // the exception list, and the numbered-paragraph context continues it.
  const lists = exceptionLists(document, library);
  if (lists.some((found) => found.paragraphs && list.items.some((item) => item.span.start <= found.span.start && found.span.start < item.span.end))) return undefined;
  const known = lists.find((found) => found.items.some((entry) => starts.has(entry.item.span.start)));
  const knownSet = known ? library.getSet(known.best.setId) : undefined;
  if (known && knownSet) {
    return { list, set: knownSet, match: known.best, missing: itemsOf(knownSet, known.best.missingItemIds), itemAt: (index) => known.items[index]?.item };
  }
  const section = list.section !== undefined ? document.sections[list.section] : sectionAt(document.sections, list.span.start);
  const texts = list.items.map((item, index) => (index === skipItem ? '' : item.text));
  const found = recogniseClauseTexts(document, texts, introductionOf(document, list), section, library);
  return found ? { list, ...found, itemAt: (index) => list.items[index] } : undefined;
}

/** The clause set a run of numbered paragraphs reproduces; as the rules read it when they found it too. */
export function recogniseParagraphRun(
  document: PolicyDocument,
  run: NumberedParagraphRun,
  section: Section | undefined,
  library: ClauseLibrary = builtInLibrary,
): { set: ClauseSet; match?: ClauseListMatch; missing: readonly ClauseItem[] } | undefined {
  const first = run.lines[0].numbering.span.start;
  const known = exceptionLists(document, library).find((found) => found.paragraphs && found.items[0]?.item.span.start === first);
  const knownSet = known ? library.getSet(known.best.setId) : undefined;
  if (known && knownSet) return { set: knownSet, match: known.best, missing: itemsOf(knownSet, known.best.missingItemIds) };
  return recogniseClauseTexts(document, run.lines.map((entry) => entry.text), run.introduction, section, library);
}

/**
 * The clause set that item texts under an introduction reproduce, for lists and for runs of
 * numbered paragraphs alike. Empty texts stand for items not written yet.
 */
export function recogniseClauseTexts(
  document: PolicyDocument,
  texts: readonly string[],
  introduction: string,
  section: Section | undefined,
  library: ClauseLibrary = builtInLibrary,
): { set: ClauseSet; match?: ClauseListMatch; missing: readonly ClauseItem[] } | undefined {
  const information = gdprInformationList(document, texts, introduction, library);
  if (information) return information;
  const candidates = candidateSets(document, library);
  if (candidates.length === 0) return undefined;
  const results = matchClauseList(texts, { candidates, introduction: `${introduction} ${section?.title ?? ''}`, sets: library.sets });
  const plausible = closeMatches(results);
  const introducedUser = userSetsFor(library, document.profile).find((set) => candidates.includes(set.id) && introducesUserSet(set, introduction));
  const preferred = (introducedUser && plausible.some((r) => r.setId === introducedUser.id) ? introducedUser.id : undefined)
    ?? section?.kinds.map((kind) => setBySectionKind[kind]).find((id) => id && plausible.some((r) => r.setId === id));
  const best = plausible.find((r) => r.setId === preferred) ?? plausible[0];
  if (best && (best.matches.length >= 2 || best.introductionMatches)) {
    const set = library.getSet(best.setId);
    if (set) return { set, match: best, missing: itemsOf(set, best.missingItemIds) };
  }
  // A list the writer's own introduction names is their set even before its first item is written.
  if (introducedUser && texts.every((text) => text.trim() === '')) {
    return { set: introducedUser, missing: introducedUser.items };
  }
  if (texts.some((text) => text.trim() !== '') || !announcesExceptions.test(introduction)) return undefined;
  const named = introductionSets.find(([pattern, id]) => pattern.test(introduction) && candidates.includes(id))?.[1]
    ?? section?.kinds.map((kind) => setBySectionKind[kind]).find((id) => id && candidates.includes(id));
  const set = named ? library.getSet(named) : undefined;
  return set ? { set, missing: set.items } : undefined;
}

/**
 * 「We will provide you with the following information」 introduces the GDPR Art. 13 points (Art. 14
 * where the data come from elsewhere). These sets stay out of the eu-gdpr profile's candidates:
 * an English policy is full of bulleted lists, and only such an introduction says that one is
 * meant to give the Art. 13/14 information. Paragraph (1) is offered until it is complete, then (2).
 */
// Not 「the following information」 alone: 「we collect the following information」 lists data, not points.
const gdprInformation = /\b(?:provide|give)\s+you\s+(?:with\s+)?(?:the\s+)?following\b|\b(?:inform|tell)\s+you\s+(?:of|about)\s+(?:the\s+)?following\b/iu;
const gdprElsewhere = /not (?:been )?(?:obtained|collected) (?:directly )?from you|(?:from|via|through) (?:third|other) (?:part|source)/iu;

function gdprInformationList(document: PolicyDocument, texts: readonly string[], introduction: string, library: ClauseLibrary): { set: ClauseSet; match?: ClauseListMatch; missing: readonly ClauseItem[] } | undefined {
  if (document.language !== 'en' || document.profile !== 'eu-gdpr' || !gdprInformation.test(introduction)) return undefined;
  const ids = gdprElsewhere.test(introduction) ? ['gdpr-14-1', 'gdpr-14-2'] : ['gdpr-13-1', 'gdpr-13-2'];
  // Long English points share many letter pairs, so a point already taken by paragraph (1)
  // must not also count as one of paragraph (2).
  let remaining = [...texts];
  for (const id of ids) {
    const set = library.getSet(id);
    if (!set) continue;
    const match = matchClauseList(remaining, { candidates: [id], sets: library.sets })[0];
    const missing = match ? itemsOf(set, match.missingItemIds) : set.items;
    if (missing.length > 0) return { set, ...(match ? { match } : {}), missing };
    const taken = new Set(match?.matches.map((entry) => entry.itemIndex));
    remaining = remaining.map((text, index) => (taken.has(index) ? '' : text));
  }
  return undefined;
}

function itemsOf(set: ClauseSet, ids: readonly string[]): ClauseItem[] {
  return ids.map((id) => set.items.find((item) => item.id === id)).filter((item): item is ClauseItem => item !== undefined);
}

const romans = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** 「第27条第1項第五号」 / "APPI Art. 27(1)(v)" / "GDPR Art. 13(1)(c)". */
export function itemArticle(set: ClauseSet, item: ClauseItem, language: MessageLanguage): string {
  if (set.law === 'user') return language === 'ja' ? `${set.title.ja} 第${item.number}項目` : `${set.title.en}, item ${item.number}`;
  if (set.law === 'gdpr') {
    const letter = String.fromCharCode(96 + item.number);
    return language === 'ja' ? `GDPR 第${set.article.current.replace(/^Art\. /, '')}(${letter})` : `GDPR ${set.article.current}(${letter})`;
  }
  if (language === 'ja') return `${set.article.current}第${numberToKanji(item.number)}号`;
  const parts = /第(\d+)条(?:第(\d+)項)?(?:第(\d+)号)?/u.exec(set.article.current);
  if (!parts) return set.title.en;
  const [, article, paragraph, point] = parts;
  const path = `${paragraph ? `(${paragraph})` : ''}${point ? `(${romans[Number(point)] ?? point})` : ''}`;
  return `APPI Art. ${article}${path}(${romans[item.number] ?? item.number})`;
}

/** The older article numbers of a set, for readers of policies written before the renumbering. */
export function olderArticles(set: ClauseSet, language: MessageLanguage): string {
  if (set.article.older.length === 0) return '';
  const list = set.article.older.map((older) => `${older.label}（${older.inForce}）`).join(language === 'ja' ? '、' : ', ');
  return language === 'ja' ? `旧: ${list}` : `formerly ${list}`;
}

/** Markdown documentation of one statutory item: its article, older numbers, scope and exact text. */
export function itemDocumentation(set: ClauseSet, item: ClauseItem, language: MessageLanguage): string {
  const older = olderArticles(set, language);
  const scope = set.law === 'user'
    ? item.optional
      ? language === 'ja' ? '`.policymd.json` の条項セットの任意項目です（欠けても指摘しません）。' : 'An optional item of a clause set from `.policymd.json` (not reported when missing).'
      : language === 'ja' ? '`.policymd.json` の条項セットの必須項目です。' : 'A core item of a clause set from `.policymd.json`.'
    : item.academic
    ? language === 'ja' ? '学術研究機関等である事業者のみが使える項目です。' : 'Only for businesses that are themselves academic research institutions.'
    : language === 'ja' ? 'すべての事業者に適用される項目です。' : 'Applies to every business (core item).';
  const statute = item.statute.replace(/\n/g, ' ');
  const lines = [set.law === 'user' ? `**${set.title[language]}** — ${item.short[language]}` : `**${itemArticle(set, item, language)}** — ${set.title[language]}`];
  if (older) lines.push('', older);
  lines.push('', `> ${statute}`);
  if (set.law === 'appi' && language === 'en') lines.push('', `_${item.english}_`);
  lines.push('', scope);
  return lines.join('\n');
}
