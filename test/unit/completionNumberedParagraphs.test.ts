import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { joinLines } from './helpers';

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };

function withCursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf('|');
  assert.ok(offset >= 0, 'fixture has a cursor marker');
  return { text: source.slice(0, offset) + source.slice(offset + 1), offset };
}

function complete(source: string): CompletionItem[] {
  const { text, offset } = withCursor(source);
  const document = TextDocument.create('file:///test.policy.md', 'policy-markdown', 1, text);
  return createPolicyLanguageService().getCompletions(document, document.positionAt(offset), settings).items;
}

function apply(source: string, item: CompletionItem): string {
  const { text } = withCursor(source);
  assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has a text edit with a range`);
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'md', 1, text), [item.textEdit as TextEdit]);
}

const ids = (items: readonly CompletionItem[]) => items.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter((id) => id !== undefined);

const intro = '当社は、次に掲げる場合を除き、あらかじめお客様の同意を得ないで、お客様の個人データを第三者に提供しません。';
const item1 = '法令に基づく場合';
const item2 = '人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき';
const head = ['# プライバシーポリシー', '', '## 第三者提供', '', intro];

suite('completion: exception lists written as numbered paragraphs', () => {
  test('（1）… lines under the introduction: a new line offers the missing core items, numbered （3） on', () => {
    const source = joinLines(...head, `（1）${item1}`, `（2）${item2}`, '|', '');
    const items = complete(source);
    assert.deepEqual(ids(items).slice(0, 1), ['appi-27-1-3']);
    assert.ok(!ids(items).includes('appi-27-1-1') && !ids(items).includes('appi-27-1-2'), 'items already written are not offered');
    assert.ok(ids(items).includes('appi-27-1-4'));
    const applied = apply(source, items[0]);
    assert.equal(applied, joinLines(...head, `（1）${item1}`, `（2）${item2}`, '（3）公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき', ''));
  });

  test('circled numbers separated by blank lines: Insert all continues ③ ④ … as separate paragraphs', () => {
    const source = joinLines(...head, '', `① ${item1}`, '', `② ${item2}`, '', '|', '');
    const items = complete(source);
    const all = items.find((item) => /Insert all/.test(String(item.label)));
    assert.ok(all, 'an Insert-all item');
    const inserted = (all.textEdit as TextEdit).newText;
    assert.match(inserted, /^③ 公衆衛生/u);
    assert.match(inserted, /\n\n④ 国の機関/u);
    assert.doesNotMatch(inserted, /法令に基づく場合/u);
  });

  test('on a line where the writer typed the next number, only the text after it is inserted', () => {
    const source = joinLines(...head, `(1) ${item1}`, `(2) ${item2}`, '(3) |', '');
    const items = complete(source);
    assert.equal(ids(items)[0], 'appi-27-1-3');
    assert.equal(apply(source, items[0]), joinLines(...head, `(1) ${item1}`, `(2) ${item2}`, '(3) 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき', ''));
    const all = items.find((item) => /Insert all/.test(String(item.label)));
    assert.match((all?.textEdit as TextEdit).newText, /^公衆衛生.*\n\(4\) 国の機関/u);
  });

  test('numbered paragraphs inside a list item are continued with the item\'s indentation', () => {
    const source = joinLines('# プライバシーポリシー', '', '1. 第三者提供', '', `   ${intro}`, `   （1）${item1}`, `   （2）${item2}`, '   |', '');
    const items = complete(source);
    assert.equal(ids(items)[0], 'appi-27-1-3');
    assert.match(apply(source, items[0]), /\n {3}（3）公衆衛生の向上/u);
  });

  test('numbered lines that reproduce no statutory list, or a cursor away from the run, offer nothing', () => {
    const unrelated = joinLines('# 会社概要', '', '当社の事業は次のとおりです。', '（1）ソフトウェアの開発', '（2）コンサルティング', '|', '');
    assert.deepEqual(ids(complete(unrelated)), []);
    const away = joinLines(...head, `（1）${item1}`, `（2）${item2}`, '', '', '', '|', '');
    assert.deepEqual(ids(complete(away)), []);
    const fenced = joinLines(...head.slice(0, -1), '```', intro, `（1）${item1}`, `（2）${item2}`, '|', '```', '');
    assert.deepEqual(ids(complete(fenced)), []);
  });
});
