import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, CompletionRequest, type CodeAction, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol/node';
import { startLspServer, type LspSession } from './lspClient';

const intro = '当社は、次の場合を除き、あらかじめ本人の同意を得ないで、個人データを第三者に提供しません。';
const law = '法令に基づく場合';
const life = '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき';
const health = '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき';
const state = '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき';

suite('Protocol: exception lists written as numbered paragraphs', function () {
  this.timeout(30000);
  let session: LspSession;
  const uri = 'file:///paragraphs.policy.md';
  const text = ['# 第三者提供', '', intro, `（1）${law}`, `（2）${life}`, `（3）${state}`, ''].join('\n');

  suiteSetup(async () => {
    session = await startLspServer({ locale: 'en' });
    await session.open(uri, text);
  });
  suiteTeardown(async () => {
    if (session) await session.stop();
  });

  test('the missing item is reported on the first item and its quick fix inserts it numbered （3）, renumbering the rest', async () => {
    const { diagnostics } = await session.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'incomplete-exception-list'));
    const finding = diagnostics.find((d) => d.code === 'incomplete-exception-list');
    assert.ok(finding);
    assert.equal(finding.range.start.line, 3);
    assert.equal((finding.data as { messageId?: string }).messageId, 'appi-27-1');
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding], only: ['quickfix'] } })) as CodeAction[];
    const add = actions.find((action) => action.title === 'Add the missing item (3)');
    assert.ok(add, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = add.edit?.changes?.[uri] ?? [];
    const result = TextDocument.applyEdits(TextDocument.create(uri, 'policy-markdown', 1, text), edits);
    assert.equal(result, ['# 第三者提供', '', intro, `（1）${law}`, `（2）${life}`, `（3）${health}`, `（4）${state}`, ''].join('\n'));
  });

  test('completion after the run offers the same missing item the rule names', async () => {
    const list = (await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 0 } })) as CompletionList | CompletionItem[];
    const items = Array.isArray(list) ? list : list.items;
    const ids = items.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter((id) => id !== undefined);
    assert.ok(ids.includes('appi-27-1-3'), `offered: ${ids.join(', ')}`);
    const first = items.find((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId === 'appi-27-1-3');
    assert.match((first?.textEdit as TextEdit | undefined)?.newText ?? '', /^（4）公衆衛生の向上/);
  });
});
