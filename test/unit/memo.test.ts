import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService } from '../../server/src/language';
import { clearMemos, findsNothing, StringMemo } from '../../server/src/language/perf/memo';

suite('Memos across document versions', () => {
  test('a memo answers a repeated key without computing it again, and computes afresh after clearMemos', () => {
    const memo = new StringMemo<number>();
    let computed = 0;
    const length = (key: string) => (computed++, key.length);
    memo.get('当社', length);
    memo.get('当社', length);
    assert.equal(computed, 1);
    clearMemos();
    memo.get('当社', length);
    assert.equal(computed, 2);
  });

  test('a full generation moves to the previous one and its keys are still found', () => {
    const memo = new StringMemo<number>(2);
    let computed = 0;
    const count = () => ++computed;
    memo.get('a', count);
    memo.get('b', count);
    memo.get('c', count);
    assert.equal(memo.get('a', count), 1);
    assert.equal(computed, 3);
  });

  test('closing the last open document empties the memos; closing one of two does not', () => {
    const service = createPolicyLanguageService();
    const text = '# 個人情報保護方針\n\n当社は、お客様の個人情報を適切に取り扱います。\n';
    const open = (uri: string) => service.computeDiagnostics(TextDocument.create(uri, 'policy-markdown', 1, text), { messageLanguage: 'ja' });
    open('file:///a.policy.md');
    open('file:///b.policy.md');
    let searched = 0;
    const search = () => (searched++, false);
    findsNothing('test-kind', 'closed text', search);
    service.forget('file:///a.policy.md');
    findsNothing('test-kind', 'closed text', search);
    assert.equal(searched, 1, 'still remembered while a document is open');
    service.forget('file:///b.policy.md');
    findsNothing('test-kind', 'closed text', search);
    assert.equal(searched, 2, 'forgotten once no document is open');
  });
});
