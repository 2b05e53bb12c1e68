import * as assert from 'node:assert/strict';
import type { PolicyConfig } from '../../server/src/language/config';
import { acmeIntroduction, acmeOutsourcing, configWithClauseSets } from './clauseSetFixtures';
import { applyEdits } from '../../server/src/language/features/fixes';
import { analyze, joinLines } from './helpers';

/** The shared Acme clause with an optional audit item. */
const outsourcing = {
  ...acmeOutsourcing,
  items: [...acmeOutsourcing.items, { id: 'audit', text: '当社が委託先の取扱状況を監査できること', short: 'Audit', core: false }],
};

const configWith = configWithClauseSets;
const config = configWith(outsourcing);
const intro = acmeIntroduction;
const doc = (introduction: string, ...items: string[]) => joinLines('# プライバシーポリシー', '', '## 業務の委託', '', introduction, '', ...items.map((item) => `- ${item}`), '');

function findings(ruleId: string, text: string, withConfig: PolicyConfig = config, messageLanguage: 'en' | 'ja' = 'en') {
  return analyze(text, { config: withConfig, messageLanguage }).diagnostics.filter((d) => d.ruleId === ruleId);
}

suite('User clause sets: altered-exception-item', () => {
  const reworded = doc(intro, '委託先に秘密保持の義務を課すこと', '委託した業務の目的以外での利用をできるだけ控えさせること', '再委託には当社の事前の書面による承諾を必要とすること');

  test('an item recognised as one of the set but worded differently is reported as a warning on its line', () => {
    const found = findings('altered-exception-item', reworded);
    assert.equal(found.length, 1);
    assert.equal(found[0].messageId, 'acme-outsourcing.purpose');
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /"No other use" of "Acme standard outsourcing clause"/);
    const ja = findings('altered-exception-item', reworded, config, 'ja');
    assert.match(ja[0].message, /「アクメ社 委託先標準条項」の「目的外利用の禁止」.*委託した業務の目的以外での利用を禁止すること/);
  });

  test('the fix restores the approved wording verbatim and then nothing is reported', () => {
    const [finding] = findings('altered-exception-item', reworded);
    const fix = finding.fixes[0];
    assert.ok(fix);
    assert.equal(fix.safe, false);
    assert.match(fix.title.en, /clause set/);
    const fixed = applyEdits(reworded, fix.edits);
    assert.equal(fixed, doc(intro, ...outsourcing.items.slice(0, 3).map((item) => item.text)));
    assert.deepEqual(findings('altered-exception-item', fixed), []);
  });

  test('the approved wording, or only a notation variant of it, is not reported', () => {
    assert.deepEqual(findings('altered-exception-item', doc(intro, ...outsourcing.items.slice(0, 3).map((item) => item.text))), []);
    const kana = doc(intro, '委託先に秘密保持の義務を課すこと。', '委託した業務の目的以外での利用を禁止すること。', '再委託には弊社の事前の書面による承諾を必要とすること。');
    assert.deepEqual(findings('altered-exception-item', kana), []);
  });

  test('without the configuration the list is nobody\'s set and nothing is reported', () => {
    assert.deepEqual(findings('altered-exception-item', reworded, {}), []);
  });

  test('a statutory item that drops its condition is still an error beside a user set', () => {
    const text = joinLines('## 第三者提供', '', '当社は、次の場合を除き、あらかじめお客様の同意を得ないで個人データを第三者に提供しません。', '', '- 法令に基づく場合', '- 人の生命、身体又は財産の保護のために必要がある場合', '- 公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき', '');
    const found = findings('altered-exception-item', text);
    assert.deepEqual(found.map((d) => [d.messageId, d.severity]), [['appi-27-1-2', 'error']]);
  });
});

suite('User clause sets: mismatched-exception-list', () => {
  const statutoryUnderUserIntro = doc(
    intro,
    '法令に基づく場合',
    '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき',
    '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき',
  );

  test('statutory exceptions under the configured introduction of a user set are reported with the set', () => {
    const found = findings('mismatched-exception-list', statutoryUnderUserIntro);
    assert.equal(found.length, 1);
    assert.equal(found[0].messageId, 'acme-outsourcing');
    assert.match(found[0].message, /introduces "Acme standard outsourcing clause"/);
    const ja = findings('mismatched-exception-list', statutoryUnderUserIntro, config, 'ja');
    assert.match(ja[0].message, /「アクメ社 委託先標準条項」の導入文/);
  });

  test('the fix replaces the items with the core items of the set, verbatim', () => {
    const [finding] = findings('mismatched-exception-list', statutoryUnderUserIntro);
    const fix = finding.fixes[0];
    assert.ok(fix);
    assert.match(fix.title.ja, /「アクメ社 委託先標準条項」の項目に差し替える/);
    const fixed = applyEdits(statutoryUnderUserIntro, fix.edits);
    assert.equal(fixed, doc(intro, ...outsourcing.items.slice(0, 3).map((item) => item.text)));
    assert.deepEqual(findings('mismatched-exception-list', fixed), []);
  });

  test('without the configuration the same text is a plain statutory list, not a mismatch', () => {
    assert.deepEqual(findings('mismatched-exception-list', statutoryUnderUserIntro, {}), []);
  });

  test('the set\'s own items under a sentence that only mentions a statutory subject are the writer\'s choice', () => {
    const text = doc('当社が個人データを第三者に提供する場合も、委託の際は次を守らせます。', ...outsourcing.items.slice(0, 3).map((item) => item.text));
    assert.deepEqual(findings('mismatched-exception-list', text), []);
  });

  test('the statutory mismatch is still found with a configuration present', () => {
    const text = joinLines('## 目的外利用', '', '当社は、利用目的の範囲を超えて個人情報を取り扱いません。ただし、次の場合を除きます。', '',
      '- 利用目的を本人に通知し、又は公表することにより本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
      '- 利用目的を本人に通知し、又は公表することにより当該個人情報取扱事業者の権利又は正当な利益を害するおそれがある場合',
      '- 取得の状況からみて利用目的が明らかであると認められる場合', '');
    assert.deepEqual(findings('mismatched-exception-list', text).map((d) => d.messageId), ['appi-18-3']);
  });
});
