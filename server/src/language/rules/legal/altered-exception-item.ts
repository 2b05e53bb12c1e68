import { renderForPolicy } from '../../clauses/render';
import { documentWording } from '../../clauses/vocabulary';
import type { ClauseItem, ClauseSet } from '../../clauses/types';
import { clauseLibrary } from '../../clauses/user';
import type { PolicyDocument } from '../../model/types';
import type { Fix, PolicyRule, RuleContext } from '../types';
import { listsAsRecognised, type ExceptionList, type ExceptionListItem } from './exception-lists';
import { endLike } from './insertions';

/** The item reworded as the statute has it, in the policy's words for the person and the business. */
function restoreStatute(document: PolicyDocument, list: ExceptionList, written: ExceptionListItem, item: ClauseItem): Fix | undefined {
  // An item the model had to piece together from a broken line has no single span to replace.
  if (written.item.text.replace(/\s*\n\s*/g, '').trim() !== written.text) return undefined;
  const wording = documentWording(document);
  let text = renderForPolicy(item, wording, { plainConjunctions: wording.kanaConjunctions });
  text = endLike(text, list.items);
  const source = document.text.slice(written.span.start, written.span.end);
  // Numbering written in the text (「(2) 」) stays; only the wording after it is replaced.
  const start = written.item.innerNumbering ? written.item.innerNumbering.span.end + (source.slice(written.item.innerNumbering.span.end - written.span.start).match(/^\s*/)?.[0].length ?? 0) : written.span.start;
  return {
    title: item.verbatim ? { ja: '定めた文言どおりにする', en: 'Word it as your clause set does' } : { ja: '条文どおりの文言にする', en: 'Word it as the statute does' },
    edits: [{ span: { start, end: written.span.end }, newText: text }],
    // It narrows what the policy allows, back to the law; still the writer's wording to check.
    safe: false,
  };
}

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
  fixable: true,
  check({ document, config, report }) {
    const library = clauseLibrary(config);
    for (const { list, set } of listsAsRecognised(document, library)) {
      if (set.law === 'user') {
        reportUserWording(document, list, set, library.getItem, report);
        continue;
      }
      for (const match of list.best.matches) {
        if (match.missingConditions.length === 0) continue;
        const item = library.getItem(match.clauseItemId);
        const written = list.items[match.itemIndex];
        if (!item || !written) continue;
        const fix = restoreStatute(document, list, written, item);
        report({
          span: written.span,
          fixes: fix ? [fix] : [],
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

/**
 * A user set has no statutory conditions to compare; its items are the organisation's approved
 * wording, so any item recognised as one of them but worded differently (after the notation
 * normalisation) has drifted from what was approved. A house rule, not the law: a warning.
 */
function reportUserWording(
  document: PolicyDocument,
  list: ExceptionList,
  set: ClauseSet,
  getItem: (id: string) => ClauseItem | undefined,
  report: RuleContext['report'],
): void {
  for (const match of list.best.matches) {
    if (match.exact) continue;
    const item = getItem(match.clauseItemId);
    const written = list.items[match.itemIndex];
    if (!item || !written) continue;
    const fix = restoreStatute(document, list, written, item);
    report({
      span: written.span,
      severity: 'warning',
      fixes: fix ? [fix] : [],
      messageId: item.id,
      message: {
        ja: `この項目は「${set.title.ja}」の「${item.short.ja}」に当たりますが、定めた文言と違います。定めた文言どおり「${item.statute}」としてください。`,
        en: `This item is "${item.short.en}" of "${set.title.en}" but is worded differently from your clause set. Word it as the set does: "${item.statute}".`,
      },
    });
  }
}
