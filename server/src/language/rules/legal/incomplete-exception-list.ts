import { renderForPolicy } from '../../clauses/render';
import { documentWording } from '../../clauses/vocabulary';
import type { ClauseItem, ClauseSet } from '../../clauses/types';
import { clauseLibrary } from '../../clauses/user';
import type { PolicyDocument } from '../../model/types';
import type { Fix, PolicyRule } from '../types';
import { listAnchor, listsAsRecognised, optionalItem, type ExceptionList } from './exception-lists';
import { endLike, insertListItems } from './insertions';

/**
 * The missing items in statutory order, each placed before the first item of the list that comes
 * later in the statute, worded with the policy's own person word and punctuation.
 */
function insertMissing(document: PolicyDocument, list: ExceptionList, set: ClauseSet, missing: readonly ClauseItem[]): Fix | undefined {
  const numberAt = new Map<number, number>();
  for (const match of list.best.matches) {
    const number = set.items.find((item) => item.id === match.clauseItemId)?.number;
    if (number !== undefined) numberAt.set(match.itemIndex, number);
  }
  if (numberAt.size === 0) return undefined;
  const lastMatched = Math.max(...numberAt.keys());
  const vocabulary = documentWording(document);
  const insertions = missing.map((item) => {
    const later = list.items.findIndex((_, index) => (numberAt.get(index) ?? 0) > item.number);
    let text = renderForPolicy(item, vocabulary, { plainConjunctions: vocabulary.kanaConjunctions });
    text = endLike(text, list.items);
    return { before: later >= 0 ? later : lastMatched + 1, text };
  });
  const edits = insertListItems(document, list.items.map((item) => item.item), insertions, list.paragraphs);
  if (edits.length === 0) return undefined;
  if (set.law === 'user') {
    const labels = missing.map((item) => `「${item.short.ja}」`).join('');
    return {
      title: { ja: `欠けている項目を追加する（${labels}）`, en: `Add the missing item${missing.length === 1 ? '' : 's'} (${missing.map((item) => `"${item.short.en}"`).join(', ')})` },
      edits,
      safe: false,
    };
  }
  return {
    title: { ja: `欠けている号を追加する（${missing.map((item) => `第${item.number}号`).join('・')}）`, en: `Add the missing item${missing.length === 1 ? '' : 's'} (${missing.map((item) => item.number).join(', ')})` },
    edits,
    // Adding an exception widens what the policy allows: the writer decides, so never in fix-all.
    safe: false,
  };
}

export const incompleteExceptionListRule: PolicyRule = {
  id: 'incomplete-exception-list',
  description: { ja: '法定の例外の列挙に、条文の号が欠けている', en: 'A statutory exception list that leaves out items of the statute' },
  tags: ['legal', 'clauses'],
  defaultSeverity: 'info',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '法第18条第3項・第20条第2項・第21条第4項・第27条第1項・第33条第2項の例外を列挙するなら、条文のすべての号を挙げるのが通例です。号が欠けた列挙は、法が認める場合でも取り扱わないという約束になるか、単なる書き漏れです（例:「法令に基づく場合」がない）。学術研究機関等に関する号は、学術研究機関等でない事業者には不要です。',
    en: 'A list of the exceptions in APPI Art. 18(3), 20(2), 21(4), 27(1) or 33(2) normally gives every item of the statute. A missing item is either a narrower promise than the law or a slip (e.g. no "based on laws and regulations"). The academic-research items are needed only by academic research institutions.',
  },
  legalBasis: 'APPI Art. 18(3), 20(2), 21(4), 27(1), 33(2)',
  fixable: true,
  check({ document, config, report }) {
    const library = clauseLibrary(config);
    for (const { list, set } of listsAsRecognised(document, library)) {
      const missing = list.best.missingItemIds.filter((id) => !optionalItem(document, id, library));
      if (missing.length === 0) continue;
      const items = missing.map((id) => library.getItem(id)).filter((item) => item !== undefined);
      const fix = insertMissing(document, list, set, items);
      if (set.law === 'user') {
        report({
          span: listAnchor(document, list),
          fixes: fix ? [fix] : [],
          messageId: set.id,
          message: {
            ja: `この列挙は「${set.title.ja}」に当たりますが、次の項目がありません: ${items.map((item) => `「${item.short.ja}」`).join('、')}。意図して除いたのでなければ、定めた文言どおりに追加してください。`,
            en: `This list reproduces "${set.title.en}" but leaves out ${items.map((item) => `"${item.short.en}"`).join(', ')}. Unless that is deliberate, add ${items.length === 1 ? 'it' : 'them'} as worded in your clause set.`,
          },
        });
        continue;
      }
      report({
        span: listAnchor(document, list),
        fixes: fix ? [fix] : [],
        messageId: set.id,
        message: {
          ja: `この列挙は${set.title.ja}に当たりますが、次の号がありません: ${items.map((item) => `第${item.number}号「${item.short.ja}」`).join('、')}。意図して除いたのでなければ、条文どおりに追加してください。`,
          en: `This list reproduces the ${set.title.en} but leaves out ${items.map((item) => `item ${item.number} ("${item.short.en}")`).join(', ')}. Unless that is deliberate, add ${items.length === 1 ? 'it' : 'them'} as worded in the statute.`,
        },
      });
    }
  },
};
