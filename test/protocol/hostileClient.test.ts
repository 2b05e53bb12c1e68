import * as assert from 'node:assert/strict';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService } from '../../server/src/language';
import { renderRequest } from '../../server/src/protocol';
import { startLspServer } from './lspClient';

const text = ['# 個人情報保護方針', '', '(1) 会員登録のため', '', '(3) お問い合わせ対応のため', ''].join('\n');

suite('A misbehaving client does not take the server down', function () {
  this.timeout(30000);

  test('Edits out of range, unknown documents and forged diagnostic data leave the server serving and exact', async () => {
    const session = await startLspServer();
    try {
      const uri = 'file:///hostile/policy.policy.md';
      const { connection } = session;
      // What no well-behaved editor sends goes over the raw connection: the helpers would refuse or repair it.
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: 'file:///hostile/never-opened.md', version: 2 }, contentChanges: [{ text: 'x' }] });
      await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: 'file:///hostile/never-opened.md' } });
      await session.open(uri, text);
      await session.open(uri, text);
      const far = { line: 10_000, character: 99_999 };
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [
          { range: { start: far, end: far }, text: '\n末尾に追加。\n' },
          { range: { start: { line: 2, character: 500 }, end: { line: 0, character: 0 } }, text: '' },
          { range: { start: { line: -1, character: -5 }, end: { line: 0, character: 1 } }, text: '＃' },
        ],
      });
      const answers = await Promise.allSettled([
        connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///hostile/unknown.md' } }),
        connection.sendRequest(renderRequest, { textDocument: { uri: 'file:///hostile/unknown.md' } }),
        connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: far, end: { line: -3, character: 0 } }, context: { diagnostics: [] } }),
        connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          context: {
            diagnostics: [
              { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'forged', source: 'policymd', data: { version: 2, fixes: 'not a list' } },
              { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'forged', source: 'policymd', data: { version: 2, fixes: [{ title: 5, edits: null }] } },
              { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'forged', source: 'policymd', data: null },
            ] as Diagnostic[],
            only: ['quickfix', 'source.fixAll.policymd', 'bogus'],
          },
        }),
      ]);
      const symbolsOfUnknown = answers[0];
      assert.equal(symbolsOfUnknown.status, 'fulfilled');
      assert.deepEqual(symbolsOfUnknown.status === 'fulfilled' ? symbolsOfUnknown.value : undefined, []);
      assert.equal(answers[1].status === 'fulfilled' ? answers[1].value : 'rejected', null, 'render of an unknown document is null');
      for (const answer of answers) assert.equal(answer.status, 'fulfilled', String(answer.status === 'rejected' ? answer.reason : ''));
      assert.deepEqual(answers[3].status === 'fulfilled' ? (answers[3].value ?? []).filter((a) => 'kind' in a && a.kind === 'quickfix') : undefined, [], 'forged fixes are ignored, not applied');

      // Whatever the server made of those edits, its diagnostics must be those of its own text, which
      // the client learns by replacing the whole document: from here on both sides agree.
      await session.change(uri, [{ text }], 3);
      const published = await session.diagnostics(uri, (p) => p.version === 3);
      const expected = createPolicyLanguageService().getDiagnostics(TextDocument.create(uri, 'policy-markdown', 3, text), { profile: 'auto', messageLanguage: 'en', rules: {}, config: {} });
      assert.deepEqual(published.diagnostics, JSON.parse(JSON.stringify(expected)));
      assert.ok(published.diagnostics.some((d) => d.code === 'numbering-gap'));
      assert.equal(session.process.exitCode, null, 'still running');
    } finally {
      await session.stop();
    }
  });
});
