import { getClauseItem, getClauseSet } from '../../clauses/library';
import type { PolicyRule } from '../types';
import { exceptionLists, listAnchor, optionalItem } from './exception-lists';

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
  fixable: false,
  check({ document, report }) {
    for (const list of exceptionLists(document)) {
      if (list.expected && list.best.setId !== list.expected) continue;
      const set = getClauseSet(list.best.setId);
      if (!set) continue;
      const missing = list.best.missingItemIds.filter((id) => !optionalItem(document, id));
      if (missing.length === 0) continue;
      const items = missing.map((id) => getClauseItem(id)).filter((item) => item !== undefined);
      report({
        span: listAnchor(document, list),
        messageId: set.id,
        message: {
          ja: `この列挙は${set.title.ja}に当たりますが、次の号がありません: ${items.map((item) => `第${item.number}号「${item.short.ja}」`).join('、')}。意図して除いたのでなければ、条文どおりに追加してください。`,
          en: `This list reproduces the ${set.title.en} but leaves out ${items.map((item) => `item ${item.number} ("${item.short.en}")`).join(', ')}. Unless that is deliberate, add ${items.length === 1 ? 'it' : 'them'} as worded in the statute.`,
        },
      });
    }
  },
};
