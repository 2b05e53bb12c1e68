import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/language/features/fixes';
import { createDateRule } from '../../../server/src/language/rules/content/date';
import { misspellingDictionary } from '../../../server/src/language/rules/content/misspellings';
import type { Finding } from '../../../server/src/language/rules/types';
import { analyze, checkRuleFixtures, joinLines, linesOf } from '../helpers';

const contentRuleIds = ['defined-term', 'known-misspelling', 'leftover-placeholder', 'contact-format', 'date', 'cross-reference'];

suite('Rule fixtures: content rules', () => {
  for (const id of contentRuleIds) checkRuleFixtures(id);
});

function fixOf(text: string, ruleId: string, messageId?: string): { safe: boolean; result: string } {
  const finding = analyze(text).diagnostics.find((d) => d.ruleId === ruleId && (!messageId || d.messageId === messageId));
  assert.ok(finding?.fixes[0], `${ruleId} offers a fix`);
  return { safe: finding.fixes[0].safe, result: applyEdits(text, finding.fixes[0].edits) };
}

suite('Content rules', () => {
  test('known-misspelling: the fix replaces only the misspelt word and is safe for unambiguous entries', () => {
    const text = joinLines('# 方針', '', 'ご利用のプラウザで Cookie を無効にできます。', '');
    const fix = fixOf(text, 'known-misspelling');
    assert.equal(fix.result, joinLines('# 方針', '', 'ご利用のブラウザで Cookie を無効にできます。', ''));
    assert.equal(fix.safe, true);
  });

  test('known-misspelling: 指名 is only a typo among data items, and its fix is not safe', () => {
    const items = joinLines('# 方針', '', '取得する情報：担当者の指名、所属、住所', '');
    assert.deepEqual(linesOf(analyze(items), 'known-misspelling'), [3]);
    assert.equal(fixOf(items, 'known-misspelling').safe, false);
    const governance = joinLines('# 方針', '', '役員の指名、報酬等を審議します。', '');
    assert.deepEqual(linesOf(analyze(governance), 'known-misspelling'), []);
  });

  test('known-misspelling: the dictionary takes extra entries and prefers the longest match', () => {
    const dictionary = misspellingDictionary([{ wrong: 'クッキ－', right: 'クッキー', safe: true }]);
    assert.ok(dictionary.some((entry) => entry.wrong === 'クッキ－'));
    const text = joinLines('# 方針', '', '個人情報法保護法に従います。', '');
    assert.equal(analyze(text).diagnostics.filter((d) => d.ruleId === 'known-misspelling').length, 1);
  });

  test('defined-term: the title may name 当社 before the definition', () => {
    const text = joinLines('# 当社のプライバシーポリシー', '', '株式会社テスト（以下「当社」といいます。）は、当社の方針を定めます。', '');
    assert.deepEqual(linesOf(analyze(text), 'defined-term'), []);
  });

  test('defined-term: a common word narrowed by its definition is not "used before definition"', () => {
    const text = joinLines('# 方針', '', '当社は個人情報を守ります。', '', '会員から取得する個人情報（以下「個人情報」といいます。）は、会員規約に従って扱います。', '');
    assert.deepEqual(linesOf(analyze(text), 'defined-term'), []);
  });

  test('defined-term: the variant fix changes every variant to the defined term', () => {
    const text = joinLines('株式会社テスト（以下「当社」といいます。）は、情報を守ります。', '', '弊社は、弊社の窓口で受け付けます。', '');
    const fix = fixOf(text, 'defined-term', 'variant');
    assert.equal(fix.result, joinLines('株式会社テスト（以下「当社」といいます。）は、情報を守ります。', '', '当社は、当社の窓口で受け付けます。', ''));
  });

  test('defined-term: the repeated-definition fix removes the whole parenthetical', () => {
    const text = joinLines('株式会社テスト（以下「当社」といいます。）は、当社の方針を定めます。', '', '当社（以下「当社」といいます。）は、委託先を監督します。', '');
    const finding = analyze(text).diagnostics.find((d) => d.ruleId === 'defined-term' && d.messageId === 'defined-twice');
    assert.ok(finding?.fixes[0]);
    assert.equal(applyEdits(text, finding.fixes[0].edits), joinLines('株式会社テスト（以下「当社」といいます。）は、当社の方針を定めます。', '', '当社は、委託先を監督します。', ''));
  });

  test('leftover-placeholder: emphasis, rules and link text named ここ are not placeholders', () => {
    const text = joinLines('# 方針', '', '当社は個人情報を***大切に***扱います。', '', '***', '', '- 手順は[ここ](https://www.sample.jp/)にあります', '');
    assert.deepEqual(linesOf(analyze(text), 'leftover-placeholder'), []);
  });

  test('contact-format: wrapping a run-on URL in < > keeps the text and fixes the link', () => {
    const text = joinLines('# 方針', '', '詳細は https://www.sample.jp/policy（別ページ）をご覧ください。', '');
    const fix = fixOf(text, 'contact-format');
    assert.equal(fix.result, joinLines('# 方針', '', '詳細は <https://www.sample.jp/policy>（別ページ）をご覧ください。', ''));
    assert.equal(fix.safe, true);
    assert.deepEqual(linesOf(analyze(fix.result), 'contact-format'), []);
  });

  test('contact-format: a postal code without hyphen gets one; full-width digits keep their width', () => {
    assert.equal(fixOf(joinLines('〒１０５００１１ 東京都', ''), 'contact-format').result, joinLines('〒１０５－００１１ 東京都', ''));
  });

  test('contact-format: free-dial, mobile and international numbers are valid', () => {
    const text = joinLines('# 窓口', '', 'TEL 0120-123-456', '', 'TEL 080-1234-5678', '', 'TEL +81 3-1234-5678', '', 'TEL 0570-000-111', '');
    assert.deepEqual(linesOf(analyze(text), 'contact-format'), []);
  });

  test('date: "now" is injected, so future dates are judged against a fixed clock', () => {
    const { document } = analyze(joinLines('# 方針', '', '2025年4月1日 改定', ''));
    const findings = (now: number) => {
      const found: Finding[] = [];
      createDateRule(() => now).check({ document, report: (f) => found.push(f) });
      return found.map((f) => f.messageId);
    };
    assert.deepEqual(findings(Date.UTC(2025, 2, 1)), ['future']);
    assert.deepEqual(findings(Date.UTC(2025, 3, 1)), []);
  });

  test('date: an effective date in the future is an announcement, not an error', () => {
    const text = joinLines('# 方針', '', '本方針は2999年4月1日から施行します。', '');
    assert.deepEqual(linesOf(analyze(text), 'date'), []);
  });

  test('cross-reference: articles of laws are not internal references', () => {
    const text = joinLines(
      '## 第1条（目的）',
      '',
      '当社は、個人情報の保護に関する法律第27条第1項、法第23条、同法第28条、施行令第10条およびガイドライン第3条に従います。',
      '',
      '## 第2条（共同利用）',
      '',
      '第1条に定める目的の範囲で共同利用します。',
      '',
    );
    assert.deepEqual(linesOf(analyze(text), 'cross-reference'), []);
  });

  test('cross-reference: the wrong-article fix points the reference at the article of that kind', () => {
    const text = joinLines('## 第1条（業務の委託）', '', '委託します。', '', '## 第2条（共同利用）', '', '共同利用します。', '', '## 第3条（お問い合わせ）', '', '第1条に定める共同利用者については窓口へ。', '');
    const fix = fixOf(text, 'cross-reference');
    assert.match(fix.result, /第2条に定める共同利用者/);
    assert.equal(fix.safe, false);
  });
});
