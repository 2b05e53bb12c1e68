import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { repoRoot, sharedDir } from '../unit/helpers';

const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
const text = (message: Diagnostic['message']) => (typeof message === 'string' ? message : message.value);

/** Opens `content` in the real server started with the client display language `locale`. */
async function diagnosticsIn(locale: string, content: string): Promise<Diagnostic[]> {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = 'file:///seed/second.policy.md';
  try {
    const published = new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics in time')), 20000);
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) {
          clearTimeout(timer);
          resolve(params.diagnostics);
        }
      });
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, locale, workspaceFolders: null });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'policy-markdown', version: 1, text: content } });
    return await published;
  } finally {
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    connection.dispose();
  }
}

suite('The second seed in the editor\'s display language', function () {
  this.timeout(60000);

  test('ja gives Japanese messages and en English ones, for the same findings', async () => {
    const second = readdirSync(join(sharedDir, 'seeds')).filter((name) => name.endsWith('.txt')).sort()[1];
    assert.ok(second, 'the second seed exists');
    const content = readFileSync(join(sharedDir, 'seeds', second), 'utf8');
    const ja = await diagnosticsIn('ja', content);
    const en = await diagnosticsIn('en', content);
    assert.ok(ja.length > 0, 'the seed has findings');
    const where = (d: Diagnostic) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`;
    assert.deepEqual(ja.map(where), en.map(where));
    ja.forEach((diagnostic, index) => assert.notEqual(text(diagnostic.message), text(en[index].message), 'worded in each language'));
    for (const diagnostic of ja) assert.ok(japanese.test(text(diagnostic.message)), `ja: ${text(diagnostic.message)}`);
    for (const diagnostic of en) {
      // English messages may quote the policy's Japanese words; without the quotes they are English.
      const unquoted = text(diagnostic.message).replace(/「[^」]*」|“[^”]*”|"[^"]*"|（[^）]*）|\([^)]*[\u3040-\u9fff][^)]*\)/g, '');
      assert.match(unquoted, /[A-Za-z]{3}/, `en: ${text(diagnostic.message)}`);
    }
  });
});
