import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot, sharedDir } from '../unit/helpers';

interface Session {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Resolves with the first diagnostics for `uri` (at `version`, if given) that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  readonly stderr: () => string;
}

async function startServer(locale = 'en'): Promise<Session> {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  assert.ok(existsSync(serverPath), 'dist/server.js is built (npm run build)');
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const seen: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    seen.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, locale, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    diagnostics(uri, accept = () => true) {
      const already = [...seen].reverse().find((p) => p.uri === uri && accept(p));
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in time; stderr: ${stderr}`)), 10000);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
  };
}

async function stopServer(session: Session): Promise<void> {
  await session.connection.sendRequest(ShutdownRequest.type);
  await session.connection.sendNotification(ExitNotification.type);
  await new Promise<void>((resolve) => {
    if (session.process.exitCode !== null) resolve();
    else session.process.once('exit', () => resolve());
  });
  session.connection.dispose();
}

suite('Protocol: legal quick fixes on the first seed', function () {
  this.timeout(30000);
  let session: Session;
  const uri = 'file:///seeds/000.policy.md';
  const text = readFileSync(join(sharedDir, 'seeds', '000_b103459df77d0800.txt'), 'utf8');

  suiteSetup(async () => {
    session = await startServer('en');
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  });
  suiteTeardown(async () => {
    if (session) await stopServer(session);
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
