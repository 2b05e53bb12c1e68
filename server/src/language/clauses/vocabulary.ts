// The document's own words for the data subject, the business and the conjunctions, read once per
// version. Quick fixes, completion and the preview's clause expansion all write with these, so an
// inserted item reads the same whichever of them put it there.
import type { PolicyDocument } from '../model/types';
import type { PolicyVocabulary } from './render';

export interface DocumentWording extends PolicyVocabulary {
  /** The policy writes conjunctions in kana (または, および) more than in kanji (又は, 及び). */
  readonly kanaConjunctions: boolean;
}

const personWords = ['お客様', 'お客さま', 'ユーザー', 'ユーザ', '利用者', '会員', 'ご本人', '本人'] as const;
const selfWords = ['当社', '弊社', '当法人', '当団体', '当協会', '本会', '当組合', '当店', '当行', '当学', '本学'] as const;

function mostFrequent(text: string, words: readonly string[], fallback: string): string {
  let best = fallback;
  let bestCount = 0;
  for (const word of words) {
    // Count non-overlapping uses that are not part of a longer listed word (ユーザ inside ユーザー).
    const count = text.split(word).length - 1 - (word === 'ユーザ' ? text.split('ユーザー').length - 1 : 0) - (word === '本人' ? text.split('ご本人').length - 1 : 0);
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

const wordings = new WeakMap<PolicyDocument, DocumentWording>();

export function documentWording(document: PolicyDocument): DocumentWording {
  let wording = wordings.get(document);
  if (!wording) {
    const count = (pattern: RegExp) => document.text.match(pattern)?.length ?? 0;
    // A word the policy defines (以下「弊社」) is its name for itself, however often another appears.
    const defined = document.terms.map((term) => term.term);
    wording = {
      person: mostFrequent(document.text, personWords, '本人'),
      self: selfWords.find((word) => defined.includes(word)) ?? mostFrequent(document.text, selfWords, '当社'),
      kanaConjunctions: count(/または|および|もしくは|ならびに/g) > count(/又は|及び|若しくは|並びに/g),
    };
    wordings.set(document, wording);
  }
  return wording;
}
