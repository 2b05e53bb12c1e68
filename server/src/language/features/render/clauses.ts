import type { BlockContent, List, Paragraph } from 'mdast';
import { getClauseSet } from '../../clauses/library';
import type { ClauseLibrary } from '../../clauses/user';
import { renderForPolicy, type PolicyVocabulary } from '../../clauses/render';
import type { PolicyDocument } from '../../model/types';

const selfCandidates = ['当社', '弊社', '当法人', '当団体', '当協会', '当組合', '当店', '当行'];
const personCandidates = ['お客様', 'ユーザー', '利用者', '会員', 'お客さま', '本人'];

function count(text: string, word: string): number {
  let found = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) found++;
  return found;
}

/**
 * How this policy names the business and the data subject, so an expanded clause reads like the
 * text around it (「お客様の同意」 rather than the statute's 「本人の同意」).
 */
export function policyVocabulary(document: PolicyDocument): PolicyVocabulary {
  const defined = document.terms.map((term) => term.term);
  const self = selfCandidates.find((word) => defined.includes(word)) ?? selfCandidates.find((word) => document.text.includes(word)) ?? '当社';
  let person = '本人';
  let best = 0;
  for (const word of personCandidates) {
    // 本人 also counts inside ご本人 and お客様本人, so it wins only when nothing else is used.
    const uses = word === '本人' ? 0 : count(document.text, word);
    if (uses > best) {
      best = uses;
      person = word;
    }
  }
  return { self, person };
}

export interface ClauseExpansion {
  readonly nodes: BlockContent[];
}

/**
 * The nodes `::clause{ref="…"}` stands for: the statutory list, worded for this policy. An unknown
 * reference renders as a visible notice (its text escaped like any other) rather than vanishing.
 */
export function expandClause(ref: string, document: PolicyDocument, options: { academic: boolean; library?: ClauseLibrary }): BlockContent[] {
  const set = options.library ? options.library.getSet(ref) : getClauseSet(ref);
  if (!set) {
    const notice: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { className: ['clause-missing'] } },
      children: [{ type: 'text', value: document.language === 'ja' ? `［条項セット「${ref}」は見つかりません］` : `[Unknown clause set "${ref}"]` }],
    };
    return [notice];
  }
  const vocabulary = policyVocabulary(document);
  const items = set.items.filter((item) => options.academic || !item.academic);
  const list: List = {
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    data: { hProperties: { className: ['clause'] } },
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'text', value: document.language === 'en' && set.law === 'appi' ? item.english : renderForPolicy(item, vocabulary) }],
        },
      ],
    })),
  };
  return [list];
}
