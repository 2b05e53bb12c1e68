import { getClauseSet } from '../../clauses/library';
import type { PolicyRule } from '../types';
import { exceptionLists, listAnchor } from './exception-lists';

export const mismatchedExceptionListRule: PolicyRule = {
  id: 'mismatched-exception-list',
  description: { ja: '文脈と違う条文の例外が列挙されている', en: 'The exceptions listed belong to a different article than the sentence introducing them' },
  tags: ['legal', 'clauses'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '例外は条ごとに違います。目的外利用の例外（法第18条第3項）の代わりに利用目的の通知・公表の例外（法第21条第4項）を挙げるなど、文脈と違う条の例外を挙げると、法が認めない場合に目的外利用や第三者提供をすると約束していることになります。',
    en: 'Each article has its own exceptions. Listing, say, the exceptions to notifying the purpose (APPI Art. 21(4)) where the sentence is about use beyond the purpose (Art. 18(3)) promises handling the law does not allow.',
  },
  legalBasis: 'APPI Art. 18(3), 20(2), 21(4), 27(1), 33(2)',
  fixable: false,
  check({ document, report }) {
    for (const list of exceptionLists(document)) {
      if (!list.expected || list.best.setId === list.expected) continue;
      // Only when the list clearly reproduces the other article and not the expected one.
      if ((list.againstExpected?.score ?? 0) > list.best.score - 0.2) continue;
      const found = getClauseSet(list.best.setId);
      const expected = getClauseSet(list.expected);
      if (!found || !expected) continue;
      report({
        span: listAnchor(document, list),
        messageId: expected.id,
        message: {
          ja: `前の文は${expected.title.ja}について述べていますが、列挙されているのは${found.title.ja}の例外です。法${expected.article.current}の各号に差し替えてください。`,
          en: `The sentence before this list is about ${expected.title.en}, but the items listed are the exceptions of ${found.title.en}. Replace them with the items of that article.`,
        },
      });
    }
  },
};
