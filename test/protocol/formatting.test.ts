import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type Range, type TextEdit } from 'vscode-languageserver-protocol/node';
import { readSeed } from '../unit/helpers';
import { startLspServer, type LspSession } from './lspClient';

async function format(session: LspSession, uri: string, range?: Range): Promise<TextEdit[]> {
  const options = { tabSize: 2, insertSpaces: true };
  const edits = range
    ? await session.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options })
    : await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options });
  return edits ?? [];
}

/** Applies edits the way an editor does and tells the server about the new version. */
async function apply(session: LspSession, uri: string, edits: readonly TextEdit[]): Promise<string> {
  const text = TextDocument.applyEdits(session.document(uri), [...edits]);
  await session.change(uri, [{ text }]);
  return text;
}

suite('Formatting over stdio', function () {
  this.timeout(30000);
  let client: LspSession;

  suiteSetup(async () => {
    client = await startLspServer({ locale: 'ja' });
  });

  suiteTeardown(async () => {
    assert.equal(await client.stop(), 0, `server exits cleanly; stderr: ${client.stderr()}`);
  });

  test('advertises document and range formatting', () => {
    assert.equal(client.initialize.capabilities.documentFormattingProvider, true);
    assert.equal(client.initialize.capabilities.documentRangeFormattingProvider, true);
  });

  test('aligns a Japanese table and renumbers a list, keeping CRLF and everything else', async () => {
    const uri = 'file:///work/crlf.policy.md';
    const original = ['---', 'policy: privacy', '---', '', '## 第三者提供', '', '|提供先|項目|', '|--|--|', '|株式会社エー|氏名|', '', '1. 同意', '1. 法令', '4. 生命', ''].join('\r\n');
    await client.open(uri, original);
    const edits = await format(client, uri);
    assert.ok(edits.every((edit) => edit.range.start.line === edit.range.end.line && !/[\r\n]/.test(edit.newText)), 'every edit stays on its line');
    const formatted = await apply(client, uri, edits);
    assert.equal(
      formatted,
      ['---', 'policy: privacy', '---', '', '## 第三者提供', '', '| 提供先       | 項目 |', '| ------------ | ---- |', '| 株式会社エー | 氏名 |', '', '1. 同意', '2. 法令', '3. 生命', ''].join('\r\n'),
    );
    assert.deepEqual(await format(client, uri), [], 'formatting again changes nothing');
  });

  test('range formatting touches only the table under the range', async () => {
    const uri = 'file:///work/range.policy.md';
    await client.open(uri, ['|a|b|', '|-|-|', '', '- x', '* y', '', '|c|d|', '|-|-|', ''].join('\n'));
    const edits = await format(client, uri, { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } });
    assert.deepEqual([...new Set(edits.map((edit) => edit.range.start.line))], [6, 7]);
    assert.equal(await apply(client, uri, edits), ['|a|b|', '|-|-|', '', '- x', '* y', '', '| c   | d   |', '| --- | --- |', ''].join('\n'));
  });

  for (const seed of ['000_b103459df77d0800.txt', '003_b5cd9565b03e87a2.txt']) {
    test(`formatting seed ${seed} leaves the pasted text as it is (a gap across other blocks is numbering-gap's to report)`, async () => {
      const uri = `file:///work/${seed.replace('.txt', '.policy.md')}`;
      const text = readSeed(seed);
      await client.open(uri, text);
      assert.equal(await apply(client, uri, await format(client, uri)), text);
      assert.deepEqual(await format(client, uri, { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }), []);
    });
  }
});
