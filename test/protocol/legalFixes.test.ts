import * as assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { readSeed } from '../unit/helpers';
import { startLspServer, type LspSession } from './lspClient';

suite('Protocol: legal quick fixes on the first seed', function () {
  this.timeout(30000);
  let session: LspSession;
  const uri = 'file:///seeds/000.policy.md';
  const text = readSeed('000_b103459df77d0800.txt');

  suiteSetup(async () => {
    session = await startLspServer({ locale: 'en' });
    await session.open(uri, text, { languageId: 'markdown' });
  });
  suiteTeardown(async () => {
    if (session) await session.stop();
  });

  test('required-item representative offers a quick fix adding a representative line to the contact block', async () => {
    const { diagnostics } = await session.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const representative = diagnostics.find((d) => d.code === 'required-item' && (d.data as { messageId?: string }).messageId === 'representative');
    assert.ok(representative, 'required-item representative is reported');
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: representative.range, context: { diagnostics: [representative], only: ['quickfix'] } })) as CodeAction[];
    const add = actions.find((action) => action.title === "Add a line with the representative's name");
    assert.ok(add, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    const [edit] = add.edit?.changes?.[uri] ?? [];
    const nameLine = text.split('\n').indexOf('株式会社クラウドウォーカー');
    assert.deepEqual(edit, { range: { start: { line: nameLine, character: 13 }, end: { line: nameLine, character: 13 } }, newText: '\n\n代表者: 代表取締役 ○○ ○○' });
    assert.ok(actions.some((action) => action.title === "Say that the representative's name is given on request"));
  });

  test('fix-all leaves out the fixes that need the writer (inserted statute, skeletons, placeholders)', async () => {
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.policymd'] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    const edits = actions[0].edit?.changes?.[uri] ?? [];
    assert.ok(edits.length > 0);
    assert.ok(edits.every((edit) => !/○○|法令（条例を含む/.test(edit.newText)), 'no unsafe legal fix in fix-all');
  });
});
