import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { createPolicyLanguageService } from '../../server/src/language';
import { joinLines } from './helpers';

function complete(source: string): { text: string; items: CompletionItem[] } {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const document = TextDocument.create('file:///test.policy.md', 'policy-markdown', 1, text);
  return { text, items: createPolicyLanguageService().getCompletions(document, document.positionAt(offset), { messageLanguage: 'en', profile: 'auto' }).items };
}

const ids = (items: readonly CompletionItem[]) => items.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter((id) => id !== undefined);

const intro = '当社は、次の場合を除き、あらかじめ本人の同意を得ないで、個人データを第三者に提供しません。';
const law = '法令に基づく場合';
const life = '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき';

suite('completion: numbered paragraphs introduced by a list item', () => {
  test('a run under 「1. 当社は、次の場合を除き…」 is continued once, in its numbering and indentation', () => {
    const { text, items } = complete(joinLines('# 第三者提供', '', `1. ${intro}`, `   （1）${law}`, `   （2）${life}`, '   |', ''));
    const offered = ids(items);
    assert.deepEqual(offered, [...new Set(offered)], 'each missing item offered once');
    assert.ok(offered.includes('appi-27-1-3'), `offered: ${offered.join(', ')}`);
    const item = items.find((candidate) => (candidate.data as { clauseItemId?: string } | undefined)?.clauseItemId === 'appi-27-1-3');
    const edit = item?.textEdit as TextEdit | undefined;
    assert.ok(edit);
    const applied = TextDocument.applyEdits(TextDocument.create('file:///x.md', 'md', 1, text), [edit]);
    assert.match(applied.split('\n')[5], /^ {3}（3）公衆衛生の向上/);
  });
});
