import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, DocumentSymbolRequest, LSPErrorCodes, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { renderRequest, type RenderResult } from '../../server/src/protocol';
import { fixturesDir } from '../unit/helpers';
import { startLspServer } from './lspClient';

const pasted = readFileSync(join(fixturesDir, 'documents', 'pasted.policy.md'), 'utf8');
const uri = 'file:///work/fault/pasted.policy.md';

suite('Fault survival', function () {
  this.timeout(30000);

  test('A handler that throws answers its request with an error, and the server keeps serving', async () => {
    const session = await startLspServer({ env: { POLICYMD_FAULT_INJECT: 'render' } });
    try {
      await session.open(uri, pasted);
      const failure = await session.connection.sendRequest(renderRequest, { textDocument: { uri } }).then(
        () => undefined,
        (error: unknown) => error,
      );
      assert.ok(failure instanceof ResponseError, `render answered with an error, not ${String(failure)}`);
      assert.equal(failure.code, LSPErrorCodes.RequestFailed);
      assert.match(failure.message, /render failed: fault injected into render/);
      const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.ok(symbols.length > 0, 'other requests still answered');
      const published = await session.diagnostics(uri, (p) => p.version === 1);
      assert.ok(published.diagnostics.length > 0, 'diagnostics still published');
      const again = await session.connection.sendRequest(renderRequest, { textDocument: { uri } }).catch((error: unknown) => error);
      assert.ok(again instanceof ResponseError, 'each failing request gets its own error');
      assert.equal(session.process.exitCode, null, 'the server is still running');
      assert.ok(session.logs.some((line) => /render failed/.test(line)), 'the failure is logged');
    } finally {
      await session.stop();
    }
  });

  test('Without the fault the same requests succeed (the hook is what fails them)', async () => {
    const session = await startLspServer();
    try {
      await session.open(uri, pasted);
      const result = (await session.connection.sendRequest(renderRequest, { textDocument: { uri } })) as RenderResult;
      assert.ok(result.html.length > 0);
      const actions = await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      });
      assert.ok(Array.isArray(actions));
    } finally {
      await session.stop();
    }
  });

  test('A server killed mid-session and started again gives the same diagnostics for the same didOpen', async () => {
    const first = await startLspServer();
    await first.open(uri, pasted, { version: 3 });
    const before = await first.diagnostics(uri, (p) => p.version === 3);
    await first.kill();
    assert.equal(first.process.signalCode, 'SIGKILL');
    const second = await startLspServer();
    try {
      await second.open(uri, pasted, { version: 3 });
      const after = await second.diagnostics(uri, (p) => p.version === 3);
      assert.ok(before.diagnostics.length > 0);
      assert.deepEqual(after.diagnostics, before.diagnostics);
    } finally {
      await second.stop();
    }
  });
});
