// Turns statutory wording into the wording of a policy, so that a completion inserts
// 「お客様の同意を得ることが困難であるとき」 rather than the statute's 「本人の同意…」.
import type { ClauseItem } from './types';

export interface PolicyVocabulary {
  /** How the policy addresses the data subject, e.g. 'お客様'. */
  person: string;
  /** How the policy names the business, e.g. '当社'. */
  self: string;
}

export interface RenderOptions {
  /** Also write the conjunctions in kana (又は → または …), as most policies do. Off by default
   *  because the statutory spelling is never wrong and is easier to check against the law. */
  plainConjunctions?: boolean;
}

/**
 * 本人 as the data subject. Compounds in which 本人 names an act or an attribute (本人確認,
 * 本人認証, 本人性 …) and words that merely contain it (日本人) must survive. 当該本人 reads
 * as stilted in a policy and means the same person, so 当該 goes too (and ご, which would
 * otherwise double the honorific of 'お客様').
 */
const PERSON = /(?<!日)(?:当該|ご|御)?本人(?!確認|認証|性|限定|特定)/gu;

/**
 * The business itself. 「他の個人情報取扱事業者」 is another business and must stay, and
 * 「個人情報取扱事業者等」 is the statutory category, not this business.
 */
const SELF = /(?<!他の)(?:当該)?個人情報取扱事業者(?!等)/gu;

const CONJUNCTIONS: readonly [RegExp, string][] = [
  [/又は/g, 'または'],
  [/若しくは/g, 'もしくは'],
  [/及び/g, 'および'],
  [/並びに/g, 'ならびに'],
];

/**
 * The item's statutory text in policy style. GDPR items are returned unchanged: the English
 * text addresses no one, and rewording it is a drafting choice rather than a substitution. A user
 * set's items are the organisation's approved wording, so they are returned unchanged too.
 */
export function renderForPolicy(item: ClauseItem | string, vocabulary: PolicyVocabulary, options: RenderOptions = {}): string {
  if (typeof item !== 'string' && (item.id.startsWith('gdpr-') || item.verbatim)) return item.statute;
  let text = typeof item === 'string' ? item : item.statute;
  // Function replacers, so that a '$' in the vocabulary is never read as a group reference.
  text = text.replace(SELF, () => vocabulary.self).replace(PERSON, () => vocabulary.person);
  if (options.plainConjunctions) {
    for (const [pattern, replacement] of CONJUNCTIONS) text = text.replace(pattern, replacement);
  }
  return text;
}
