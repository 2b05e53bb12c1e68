import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../server/src/language/features/fixes';
import { analyze, joinLines, linesOf, repoRoot } from '../helpers';

function fixed(text: string, ruleId: string): string {
  const finding = analyze(text).diagnostics.find((d) => d.ruleId === ruleId);
  assert.ok(finding?.fixes[0], `${ruleId} offers a fix`);
  assert.equal(finding.fixes[0].safe, false, 'a fix that changes what the policy allows is never safe');
  return applyEdits(text, finding.fixes[0].edits);
}

const fixture = (rule: string, name: string) => readFileSync(join(repoRoot, 'test/fixtures/rules', rule, `${name}.policy.md`), 'utf8');

const intro = '当社は、次に掲げる場合を除き、あらかじめ本人の同意を得ないで、個人データを第三者に提供しません。';
const law = '法令に基づく場合';
const life = '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき';
const health = '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき';
const state = '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき';
const lists = ['incomplete-exception-list', 'mismatched-exception-list', 'altered-exception-item'];
const findings = (text: string) => analyze(text).diagnostics.filter((d) => lists.includes(d.ruleId)).map((d) => `${d.ruleId}/${d.messageId}`);

suite('Exception lists written as numbered paragraphs', () => {
  test('a tight run with no space after the number: the missing item goes in its statutory place, numbered alike, later items renumbered', () => {
    const text = joinLines('# 第三者提供', '', intro, `（1）${law}`, `（2）${life}`, `（3）${state}`, '');
    assert.deepEqual(findings(text), ['incomplete-exception-list/appi-27-1']);
    assert.deepEqual(linesOf(analyze(text), 'incomplete-exception-list'), [4]);
    const result = fixed(text, 'incomplete-exception-list');
    assert.equal(result, joinLines('# 第三者提供', '', intro, `（1）${law}`, `（2）${life}`, `（3）${health}`, `（4）${state}`, ''));
    assert.deepEqual(findings(result), []);
  });

  test('circled numbers with a space, separated by blank lines: inserted items are paragraphs of their own, ending like the others', () => {
    const result = fixed(fixture('incomplete-exception-list', 'paragraphs-missing'), 'incomplete-exception-list');
    const lines = result.split('\n');
    assert.deepEqual(lines.slice(4, 12).map((line) => line.slice(0, 2)), ['① ', '', '② ', '', '③ ', '', '④ ', '']);
    assert.equal(lines[4], '① 法令に基づく場合。');
    assert.ok(lines[8].startsWith('③ 公衆衛生の向上') && lines[8].endsWith('困難であるとき。'), lines[8]);
    assert.equal(lines[12], 'なお、委託先への預託はここでいう提供に当たりません。');
    assert.deepEqual(findings(result), []);
  });

  test('a mismatched run is replaced by the expected article\'s items in the run\'s own numbering', () => {
    const text = fixture('mismatched-exception-list', 'paragraphs-wrong-article');
    assert.deepEqual(findings(text), ['mismatched-exception-list/appi-18-3']);
    const result = fixed(text, 'mismatched-exception-list');
    const items = result.split('\n').slice(3).filter((line) => line !== '');
    assert.deepEqual(items.map((line) => line.slice(0, 4)), ['(1) ', '(2) ', '(3) ', '(4) ']);
    assert.match(items[0], /^\(1\) 法令（条例を含む。/);
    assert.deepEqual(findings(result), []);
  });

  test('an item that drops its condition is restored after its number, which stays', () => {
    const text = fixture('altered-exception-item', 'paragraphs-dropped-condition');
    assert.deepEqual(findings(text), ['altered-exception-item/appi-27-1-2']);
    const result = fixed(text, 'altered-exception-item');
    assert.equal(result.split('\n')[5], `（2）${life}`);
    assert.deepEqual(findings(result), []);
  });

  test('inside a list item the run is still read, and its fix keeps the indentation', () => {
    const text = joinLines('# プライバシーポリシー', '', '1. 第三者提供', '', `   ${intro}`, `   （1）${law}`, `   （2）${health}`, '');
    assert.deepEqual(linesOf(analyze(text), 'incomplete-exception-list'), [6]);
    const result = fixed(text, 'incomplete-exception-list');
    assert.equal(result, joinLines('# プライバシーポリシー', '', '1. 第三者提供', '', `   ${intro}`, `   （1）${law}`, `   （2）${life}`, `   （3）${health}`, `   （4）${state}`, ''));
  });

  test('a list item whose text introduces the run (「1. 当社は、次の場合を除き…」 then （1）（2）…) is read as its introduction', () => {
    const text = joinLines('# 第三者提供', '', `1. ${intro}`, `   （1）${law}`, `   （2）${life}`, `   （3）${state}`, '2. 当社は、委託先を監督します。', '');
    assert.deepEqual(findings(text), ['incomplete-exception-list/appi-27-1']);
    assert.deepEqual(linesOf(analyze(text), 'incomplete-exception-list'), [4]);
    const result = fixed(text, 'incomplete-exception-list');
    assert.equal(result, joinLines('# 第三者提供', '', `1. ${intro}`, `   （1）${law}`, `   （2）${life}`, `   （3）${health}`, `   （4）${state}`, '2. 当社は、委託先を監督します。', ''));
    assert.deepEqual(findings(result), []);
  });

  test('the introduction broken over lines in one paragraph is read whole', () => {
    const text = joinLines('# 取扱い', '', '当社は、利用目的の達成に必要な範囲を超えて個人情報を取り扱う', 'ことはありません。ただし、次の場合はこの限りではありません。', `①${law}`, `②${life}`, '');
    assert.deepEqual(findings(text), ['incomplete-exception-list/appi-18-3']);
  });

  test('runs that are not exception lists, or not lists of their own, are left alone', () => {
    // Numbering carried on from earlier paragraphs (a table or prose between) is not a new list.
    const continued = joinLines('# 第三者提供', '', intro, '', `(5) ${law}`, `(6) ${life}`, '');
    assert.deepEqual(findings(continued), []);
    const fenced = joinLines('# 第三者提供', '', '```', intro, `（1）${law}`, `（2）${life}`, '```', '');
    assert.deepEqual(findings(fenced), []);
    const unrelated = joinLines('# 会社概要', '', '当社の事業は次のとおりです。', '（1）ソフトウェアの開発', '（2）法令に基づく届出の代行', '');
    assert.deepEqual(findings(unrelated), []);
    // A single numbered line is a paragraph, not a list.
    const single = joinLines('# 第三者提供', '', intro, `（1）${law}`, '', '以上です。', '');
    assert.deepEqual(findings(single), []);
  });

  test('an item wrapped onto the next line is not read without its condition; a note after the run is no wrap', () => {
    const [head, tail] = [life.slice(0, life.indexOf('であって')), life.slice(life.indexOf('であって'))];
    const wrapped = joinLines('# 第三者提供', '', intro, `（1）${law}`, `（2）${head}`, tail, `（3）${health}`, `（4）${state}`, '');
    assert.deepEqual(findings(wrapped), []);
    const midWord = joinLines('# 第三者提供', '', intro, `（1）${law}`, `（2）${life.slice(0, 20)}`, life.slice(20), `（3）${health}`, `（4）${state}`, '');
    assert.deepEqual(findings(midWord), []);
    const indented = joinLines('# 第三者提供', '', intro, `（1）${law}`, `（2）${head}`, `　　${tail}`, '');
    assert.deepEqual(findings(indented), []);
    const note = joinLines('# 第三者提供', '', intro, `（1）${law}`, `（2）${life.replace('であって、本人の同意を得ることが困難であるとき', '')}`, 'なお、委託先への預託は提供に当たりません。', '');
    assert.deepEqual(findings(note).sort(), ['altered-exception-item/appi-27-1-2', 'incomplete-exception-list/appi-27-1']);
  });

  test('a Markdown list is reported once, even when its items are numbered （1）…', () => {
    const text = joinLines('# 第三者提供', '', intro, '', `- （1）${law}`, `- （2）${life}`, '');
    assert.deepEqual(findings(text), ['incomplete-exception-list/appi-27-1']);
  });
});
