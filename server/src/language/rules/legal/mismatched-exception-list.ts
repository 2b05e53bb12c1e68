import { renderForPolicy } from '../../clauses/render';
import { documentWording } from '../../clauses/vocabulary';
import type { ClauseSet } from '../../clauses/types';
import { clauseLibrary, type ClauseLibrary } from '../../clauses/user';
import type { PolicyDocument } from '../../model/types';
import type { Fix, PolicyRule } from '../types';
import { exceptionLists, listAnchor, optionalItem, type ExceptionList } from './exception-lists';
import { endLike, replaceListItems } from './insertions';

/** The list's items replaced by the items of the article its introducing sentence is about. */
function replaceWithExpected(document: PolicyDocument, list: ExceptionList, expected: ClauseSet, library: ClauseLibrary): Fix | undefined {
  const vocabulary = documentWording(document);
  const texts = expected.items
    .filter((item) => !optionalItem(document, item.id, library))
    .map((item) => {
      const text = renderForPolicy(item, vocabulary, { plainConjunctions: vocabulary.kanaConjunctions });
      return endLike(text, list.items);
    });
  const edit = replaceListItems(document, list.items.map((item) => item.item), texts, list.paragraphs);
  if (!edit) return undefined;
  return {
    title: expected.law === 'user'
      ? { ja: `「${expected.title.ja}」の項目に差し替える`, en: `Replace with the items of "${expected.title.en}"` }
      : { ja: `${expected.article.current}の各号に差し替える`, en: `Replace with the items of ${expected.title.en}` },
    edits: [edit],
    // Rewrites what the policy promises: only on the writer's command.
    safe: false,
  };
}

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
  fixable: true,
  check({ document, config, report }) {
    const library = clauseLibrary(config);
    for (const list of exceptionLists(document, library)) {
      if (!list.expected || list.best.setId === list.expected) continue;
      // Only when the list clearly reproduces the other article and not the expected one.
      if ((list.againstExpected?.score ?? 0) > list.best.score - 0.2) continue;
      const found = library.getSet(list.best.setId);
      const expected = library.getSet(list.expected);
      if (!found || !expected) continue;
      // The organisation's own set under a sentence that merely mentions a statutory subject is
      // its deliberate wording; only its configured introduction makes a set expected.
      if (found.law === 'user' && expected.law !== 'user') continue;
      const fix = replaceWithExpected(document, list, expected, library);
      const name = (set: ClauseSet, lang: 'ja' | 'en') => (set.law === 'user' ? (lang === 'ja' ? `「${set.title.ja}」` : `"${set.title.en}"`) : set.title[lang]);
      const foundJa = found.law === 'user' ? `${name(found, 'ja')}の項目` : `${found.title.ja}の例外`;
      const foundEn = found.law === 'user' ? `the items of ${name(found, 'en')}` : `the exceptions of ${found.title.en}`;
      report({
        span: listAnchor(document, list),
        fixes: fix ? [fix] : [],
        messageId: expected.id,
        message: expected.law === 'user'
          ? {
              ja: `前の文は${name(expected, 'ja')}の導入文ですが、列挙されているのは${foundJa}です。${name(expected, 'ja')}の項目に差し替えてください。`,
              en: `The sentence before this list introduces ${name(expected, 'en')}, but the items listed are ${foundEn}. Replace them with the items of your clause set.`,
            }
          : {
              ja: `前の文は${expected.title.ja}について述べていますが、列挙されているのは${foundJa}です。法${expected.article.current}の各号に差し替えてください。`,
              en: `The sentence before this list is about ${expected.title.en}, but the items listed are ${foundEn}. Replace them with the items of that article.`,
            },
      });
    }
  },
};
