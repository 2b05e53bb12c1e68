import * as assert from 'node:assert/strict';
import { matchClauseList } from '../../server/src/language/clauses/match';
import { normalizeClauseText } from '../../server/src/language/clauses/normalize';
import { analyze, joinLines, linesOf } from './helpers';

suite('Clause normaliser: kana spellings of the statute\'s verbs (brief §5)', () => {
  test('もとづく, およぼす, おこなう and そのほかの fold to the statute\'s kanji', () => {
    assert.equal(normalizeClauseText('法令にもとづく場合'), normalizeClauseText('法令に基づく場合'));
    assert.equal(normalizeClauseText('事務の遂行に支障をおよぼすおそれがあるとき'), normalizeClauseText('事務の遂行に支障を及ぼすおそれがあるとき'));
    assert.equal(normalizeClauseText('事務をおこなう'), normalizeClauseText('事務を行う'));
    assert.equal(normalizeClauseText('財産そのほかの権利利益'), normalizeClauseText('財産その他の権利利益'));
    // Words that only begin like a verb are left alone.
    assert.notEqual(normalizeClauseText('おこのみ'), normalizeClauseText('行のみ'));
  });

  test('a kana-spelled Art. 27(1) list matches the statute item for item', () => {
    const result = matchClauseList(
      [
        '法令にもとづく場合',
        '人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき',
        '公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、ご本人の同意を得ることが困難であるとき',
        '国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、ご本人の同意を得ることにより当該事務の遂行に支障をおよぼすおそれがあるとき',
      ],
      { candidates: ['appi-27-1'] },
    )[0];
    assert.equal(result.setId, 'appi-27-1');
    assert.ok(result.matches.every((match) => match.exact), JSON.stringify(result.matches.map((m) => [m.clauseItemId, m.similarity, m.exact])));
  });

  test('in a policy, such a list is complete and unaltered', () => {
    const text = joinLines(
      '# 第三者提供',
      '',
      '当社は、次の場合を除き、あらかじめご本人の同意を得ないで個人データを第三者に提供しません。',
      '',
      '- 法令にもとづく場合',
      '- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき',
      '- 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、ご本人の同意を得ることが困難であるとき',
      '- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、ご本人の同意を得ることにより当該事務の遂行に支障をおよぼすおそれがあるとき',
      '',
    );
    const analysis = analyze(text);
    assert.deepEqual(linesOf(analysis, 'incomplete-exception-list'), []);
    assert.deepEqual(linesOf(analysis, 'altered-exception-item'), []);
  });
});
