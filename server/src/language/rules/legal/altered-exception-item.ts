import { getClauseItem, getClauseSet } from '../../clauses/library';
import type { PolicyRule } from '../types';
import { exceptionLists } from './exception-lists';

export const alteredExceptionItemRule: PolicyRule = {
  id: 'altered-exception-item',
  description: { ja: '法定の例外の号から条件（「であって、…とき」など）が落ちている', en: 'A statutory exception item that drops a condition of the statute' },
  tags: ['legal', 'clauses'],
  defaultSeverity: 'error',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '「公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合」から「であって、本人の同意を得ることが困難であるとき」を落とすなど、条文の条件を省くと、例外が法より広くなり、法が認めない目的外利用や第三者提供を約束することになります（法第18条第3項・第27条第1項など）。',
    en: 'Dropping a condition such as "and it is difficult to obtain the principal\'s consent" makes the exception broader than the law, so the policy promises use or provision the law does not allow (APPI Art. 18(3), 27(1) etc.).',
  },
  legalBasis: 'APPI Art. 18(3), 20(2), 21(4), 27(1), 33(2)',
  fixable: false,
  check({ document, report }) {
    for (const list of exceptionLists(document)) {
      if (list.expected && list.best.setId !== list.expected) continue;
      const set = getClauseSet(list.best.setId);
      for (const match of list.best.matches) {
        if (match.missingConditions.length === 0) continue;
        const item = getClauseItem(match.clauseItemId);
        const written = list.items[match.itemIndex];
        if (!item || !written || !set) continue;
        report({
          span: written.span,
          messageId: item.id,
          message: {
            ja: `法${set.article.current}第${item.number}号（${item.short.ja}）の例外から、条件「${match.missingConditions.join('」「')}」が抜けています。このままでは例外が法より広くなります。条文どおり「${item.statute}」としてください。`,
            en: `This item (${set.title.en}, item ${item.number}: ${item.short.en}) drops the condition "${match.missingConditions.join('", "')}", which makes the exception broader than the law. Word it as the statute does.`,
          },
        });
      }
    }
  },
};
