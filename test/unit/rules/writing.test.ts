import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/language/features/fixes';
import { variantGroups } from '../../../server/src/language/rules/writing/notation-variants';
import { analyze, checkRuleFixtures, joinLines, linesOf } from '../helpers';

suite('Rule fixtures: writing rules (group A)', () => {
  checkRuleFixtures('heading-structure');
  checkRuleFixtures('doubled-character');
  checkRuleFixtures('broken-line');
  checkRuleFixtures('double-bullet');
  checkRuleFixtures('notation-variant');
});

function findings(text: string, ruleId: string) {
  return analyze(text).diagnostics.filter((d) => d.ruleId === ruleId);
}

function applyFix(text: string, ruleId: string, index = 0): { text: string; safe: boolean } {
  const finding = findings(text, ruleId)[index];
  assert.ok(finding?.fixes[0], `${ruleId} offers a fix`);
  return { text: applyEdits(text, finding.fixes[0].edits), safe: finding.fixes[0].safe };
}

suite('Writing rules: doubled-character', () => {
  test('removes the doubled kana and keeps the rest', () => {
    const fixed = applyFix(joinLines('# 方針', '', '当社は、おお客様の情報を守ります。', ''), 'doubled-character');
    assert.equal(fixed.text, joinLines('# 方針', '', '当社は、お客様の情報を守ります。', ''));
    assert.equal(fixed.safe, true);
  });

  test('does not flag words that double a kana on purpose', () => {
    const text = joinLines('# 方針', '', 'ここに定めるとおり、いろいろな手段のうちそれぞれ安全なものを選び、おおむね毎月ますます注意し、人々に伝えます。', '', '捨てて、入れれば、書類とともに、お願いいたします。ココア、コーーヒー、……、──。', '');
    assert.deepEqual(linesOf(analyze(text), 'doubled-character'), []);
  });

  test('only Japanese documents are checked', () => {
    assert.deepEqual(linesOf(analyze(joinLines('# Policy', '', 'We keep keep your data safe.', '')), 'doubled-character'), []);
  });
});

suite('Writing rules: broken-line', () => {
  test('joins a hard break in the middle of a word', () => {
    const text = joinLines('# 方針', '', '当社は、お客様の個人情報を適切に管理するため、社内規程を整備し、従業員の教育を行  ', 'います。', '');
    const fixed = applyFix(text, 'broken-line');
    assert.equal(fixed.text, joinLines('# 方針', '', '当社は、お客様の個人情報を適切に管理するため、社内規程を整備し、従業員の教育を行います。', ''));
    assert.equal(fixed.safe, true);
  });

  test('joins a blank line that splits a list item from its tail', () => {
    const text = joinLines('- 当社が配送の業務を外部の会社に任せる場合であって、その会社との契約で安全管理の方法を定めたうえで、必要な情', '', '報だけを渡すとき', '', '- ご本人が公開している場合', '');
    assert.equal(
      applyFix(text, 'broken-line').text,
      joinLines('- 当社が配送の業務を外部の会社に任せる場合であって、その会社との契約で安全管理の方法を定めたうえで、必要な情報だけを渡すとき', '', '- ご本人が公開している場合', ''),
    );
  });

  test('a soft break between Japanese characters is info, and joining it is not blind-safe', () => {
    const finding = findings(joinLines('# 方針', '', '当社は個人情報を', '保護します。', ''), 'broken-line')[0];
    assert.equal(finding.severity, 'info');
    assert.ok(finding.fixes.every((fix) => !fix.safe));
  });

  test('breaks after a sentence, in short label lines and in headings are left alone', () => {
    const text = joinLines('# 方針', '', '当社は個人情報を保護します。  ', '次の窓口で受け付けます。', '', '株式会社サンプル  ', '電話：03-0000-0000', '');
    assert.deepEqual(linesOf(analyze(text), 'broken-line'), []);
  });
});

suite('Writing rules: double-bullet', () => {
  test('removes the typed bullet', () => {
    const fixed = applyFix(joinLines('- ・お名前', '- ・ご住所', ''), 'double-bullet', 1);
    assert.equal(fixed.text, joinLines('- ・お名前', '- ご住所', ''));
    assert.equal(fixed.safe, true);
  });

  test('1. (1) is double numbering; removing the inner number is safe only when both numbers agree', () => {
    assert.equal(applyFix(joinLines('1. (1) 法令に基づく場合', '2. (2) 同意がある場合', ''), 'double-bullet', 1).text, joinLines('1. (1) 法令に基づく場合', '2. 同意がある場合', ''));
    assert.equal(applyFix(joinLines('1. (3) 法令に基づく場合', '2. (4) 同意がある場合', ''), 'double-bullet').safe, false);
  });

  test('a number inside a bullet list is not a double bullet', () => {
    assert.deepEqual(linesOf(analyze(joinLines('- （1）お名前', '- （2）ご住所', '')), 'double-bullet'), []);
  });

  test('1. 1. reads as a nested list and is reported once', () => {
    const text = joinLines('1. 1. 利用目的', '');
    assert.deepEqual(linesOf(analyze(text), 'double-bullet'), [1]);
    assert.equal(applyFix(text, 'double-bullet').text, joinLines('1. 利用目的', ''));
  });
});

suite('Writing rules: notation-variant', () => {
  test('rewrites the minority form to the majority', () => {
    const text = joinLines('# 方針', '', 'お客様の情報、お客様の権利、お客様の選択、お客さまの同意。', '');
    const fixed = applyFix(text, 'notation-variant');
    assert.equal(fixed.text, joinLines('# 方針', '', 'お客様の情報、お客様の権利、お客様の選択、お客様の同意。', ''));
    assert.equal(fixed.safe, true);
  });

  test('no finding without a clear majority', () => {
    assert.deepEqual(linesOf(analyze(joinLines('# 方針', '', 'お客様とお客さま、お客様とお客さま。', '')), 'notation-variant'), []);
  });

  test('the variant table can be extended and groups switched off by id', () => {
    const groups = variantGroups([{ id: 'website', language: 'ja', forms: ['ウェブサイト', 'Webサイト'] }], ['okyakusama']);
    assert.ok(groups.some((g) => g.id === 'website'));
    assert.ok(!groups.some((g) => g.id === 'okyakusama'));
  });
});

suite('Writing rules: heading-structure', () => {
  test('a dropped run of siblings is reported once, and the fix lifts the whole run', () => {
    const text = joinLines('# 方針', '', '## （利用目的）', '', '本文。', '', '## （保存期間）', '', '本文。', '', '### （安全管理措置）', '', '本文。', '', '### （第三者提供）', '', '本文。', '');
    assert.deepEqual(linesOf(analyze(text), 'heading-structure'), [11]);
    const fixed = applyFix(text, 'heading-structure');
    assert.equal(fixed.safe, false);
    assert.equal(fixed.text, text.replace('### （安全管理措置）', '## （安全管理措置）').replace('### （第三者提供）', '## （第三者提供）'));
  });

  test('a skipped level is lifted with the headings under it', () => {
    const text = joinLines('# 方針', '', '## 利用目的', '', '#### 発送', '', '##### 配送業者', '', '## 窓口', '');
    assert.equal(applyFix(text, 'heading-structure').text, joinLines('# 方針', '', '## 利用目的', '', '### 発送', '', '#### 配送業者', '', '## 窓口', ''));
  });

  test('a sibling number missing its punctuation gets it back', () => {
    const text = joinLines('# 方針', '', '## a. 取得', '', '## b 利用', '', '## c. 提供', '');
    const fixed = applyFix(text, 'heading-structure');
    assert.equal(fixed.text, text.replace('## b 利用', '## b. 利用'));
    assert.equal(fixed.safe, true);
  });
});
