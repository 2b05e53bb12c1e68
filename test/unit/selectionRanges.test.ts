import * as assert from 'node:assert/strict';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { joinLines } from './helpers';
import { navigationFixture, open } from './navHelpers';

function chain(service: ReturnType<typeof open>, position: Position): string[] {
  const [first] = service.service.getSelectionRanges(service.document, [position], service.settings);
  const texts: string[] = [];
  for (let range: SelectionRange | undefined = first; range; range = range.parent) texts.push(service.textOf(range.range));
  return texts;
}

function assertNested(service: ReturnType<typeof open>, position: Position): void {
  const [first] = service.service.getSelectionRanges(service.document, [position], service.settings);
  const offsets = (range: SelectionRange) => [service.document.offsetAt(range.range.start), service.document.offsetAt(range.range.end)];
  for (let range: SelectionRange | undefined = first; range?.parent; range = range.parent) {
    const [start, end] = offsets(range);
    const [parentStart, parentEnd] = offsets(range.parent);
    assert.ok(parentStart <= start && end <= parentEnd && parentEnd - parentStart > end - start, 'each parent strictly contains its child');
  }
}

suite('Selection ranges', () => {
  test('Japanese text grows word, script run, sentence (brackets kept whole), paragraph, section, document', () => {
    const nav = open(navigationFixture('terms.policy.md'));
    const texts = chain(nav, nav.at('個人情報を大切', 0, 1));
    assert.deepEqual(texts.slice(0, 3), ['個人', '個人情報', nav.document.getText().split('\n')[6]]);
    assert.match(texts[3], /^# 個人情報の取扱いについて\n[\s\S]*当社の窓口までご連絡ください。$/);
    assert.equal(texts[4], nav.document.getText());
    assertNested(nav, nav.at('個人情報を大切', 0, 1));
  });

  test('A sentence ends at 。 outside brackets, so the second sentence of a line is a step of its own', () => {
    const nav = open(joinLines('# 目的', '', '当社は情報を取得します。取得した情報（氏名。住所）は目的の範囲で使います。'));
    const texts = chain(nav, nav.at('範囲'));
    assert.deepEqual(texts.slice(0, 3), ['範囲', '取得した情報（氏名。住所）は目的の範囲で使います。', '当社は情報を取得します。取得した情報（氏名。住所）は目的の範囲で使います。']);
  });

  test('A defined term is a step between its word and the sentence', () => {
    const nav = open(navigationFixture('terms.policy.md'));
    const texts = chain(nav, nav.at('当社グループからのお知らせ', 0, 1));
    assert.ok(texts.includes('当社グループ'), JSON.stringify(texts));
    assert.ok(texts.indexOf('当社グループ') < texts.indexOf('当社グループからのお知らせ'));
  });

  test('In a nested list: item, nested list, parent item, list, section', () => {
    const nav = open(navigationFixture('terms.policy.md'));
    const texts = chain(nav, nav.at('会員登録時', 0, 1));
    const expected = [
      '会員登録時の確認',
      '- 会員登録時の確認',
      '- 会員登録時の確認\n  - お問い合わせ時の確認',
      '- ご本人確認\n  - 会員登録時の確認\n  - お問い合わせ時の確認',
    ];
    for (const text of expected) assert.ok(texts.includes(text), `${JSON.stringify(text)} in ${JSON.stringify(texts)}`);
    const order = expected.map((text) => texts.indexOf(text));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.ok(texts.some((text) => text.startsWith('## 1. 利用目的') && text.endsWith('当社グループからのお知らせ')));
    assertNested(nav, nav.at('会員登録時', 0, 1));
  });

  test('In a table: cell text, row, table', () => {
    const nav = open(navigationFixture('terms.policy.md'));
    const texts = chain(nav, nav.at('決済情報', 0, 1));
    const row = '| Example Pay Inc. | 氏名、決済情報 | 代金の決済 |';
    assert.ok(texts.includes('決済情報'));
    assert.ok(texts.includes(row));
    assert.ok(texts.some((text) => text.startsWith('| 提供先') && text.endsWith(row)));
    assertNested(nav, nav.at('決済情報', 0, 1));
  });

  test('English words come from spaces; one range per requested position', () => {
    const nav = open(joinLines('# Purposes', '', 'We use your email address to reply. Then we delete it.'));
    const results = nav.service.getSelectionRanges(nav.document, [nav.at('email', 0, 2), nav.at('delete')], nav.settings);
    assert.equal(results.length, 2);
    assert.equal(nav.textOf(results[0].range), 'email');
    assert.equal(nav.textOf(results[0].parent!.range), 'We use your email address to reply.');
    assert.equal(nav.textOf(results[1].parent!.range), 'Then we delete it.');
  });
});
