import * as assert from 'node:assert/strict';
import { inStatutoryWording } from '../../server/src/language/rules/writing/statutoryWording';
import { analyze, joinLines } from './helpers';

const at = (text: string, needle: string, nth = 0) => {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, needle);
  return { start: index, end: index + needle.length };
};

/** The written text of each notation-variant finding of one group. */
function flagged(text: string, group: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.ruleId === 'notation-variant' && d.messageId === group)
    .map((d) => `${text.slice(d.span.start - 2, d.span.start)}[${text.slice(d.span.start, d.span.end)}]`);
}

// Ten または in the policy's own sentences: enough for a lone 又は to be reported.
const ownSentences = Array.from({ length: 10 }, (_, i) => `当社は、ご注文${i + 1}の内容をメールまたは電話で確認します。`);

suite('Statutory wording is exempt from notation variants', () => {
  test('a span inside a known statutory phrase or a clause of a statutory item is statutory wording', () => {
    const text = '当社は、個人データの漏えい、滅失又は毀損を防ぎます。人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき。配送又は返品の連絡をします。';
    assert.equal(inStatutoryWording(text, at(text, '又は', 0)), true);
    assert.equal(inStatutoryWording(text, at(text, '又は', 1)), true);
    assert.equal(inStatutoryWording(text, at(text, '又は', 2)), false);
  });

  test('又は quoted in 漏えい、滅失又は毀損 counts towards neither form; a lone 又は of the policy\'s own is still reported', () => {
    const quoted = joinLines('# 方針', '', ...ownSentences, '', '当社は、個人データの漏えい、滅失又は毀損の防止のために必要な措置を講じます。', '');
    assert.deepEqual(flagged(quoted, 'matawa'), []);
    const slip = joinLines(quoted, '返品又は交換のご依頼は窓口で受け付けます。', '');
    assert.deepEqual(flagged(slip, 'matawa'), ['返品[又は]']);
  });

  test('an exception quoted from the statute keeps its 又は (a clause of the library\'s item, not a listed phrase)', () => {
    const text = joinLines(
      '# 第三者提供',
      '',
      ...ownSentences,
      '',
      '- 法令に基づく場合',
      '- 公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき',
      '',
    );
    assert.deepEqual(flagged(text, 'matawa'), []);
  });

  test('the noun 取扱い in 個人情報の取扱い is the statute\'s; elsewhere it is a variant of 取り扱い', () => {
    const own = ['商品の取り扱いに注意します。', '返品の取り扱いは別に定めます。', '配送の取り扱いを改めます。'];
    const quoted = joinLines('# 方針', '', ...own, '個人情報の取扱いに関する苦情は窓口で受け付けます。', '');
    assert.deepEqual(flagged(quoted, 'toriatsukai'), []);
    const slip = joinLines(quoted, '贈答品の取扱いも承ります。', '');
    assert.deepEqual(flagged(slip, 'toriatsukai'), ['品の[取扱い]']);
  });
});
