import type { BlockContent, List, Paragraph } from 'mdast';
import { getClauseSet } from '../../clauses/library';
import type { ClauseLibrary } from '../../clauses/user';
import { renderForPolicy } from '../../clauses/render';
import { documentWording } from '../../clauses/vocabulary';
import type { PolicyDocument } from '../../model/types';

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
  const vocabulary = documentWording(document);
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
