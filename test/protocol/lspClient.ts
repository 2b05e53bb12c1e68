// A minimal LSP client over stdio for protocol tests that only need requests and answers.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../unit/helpers';

export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initialize: InitializeResult;
  readonly stderr: () => string;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startLspServer(locale = 'en'): Promise<LspSession> {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  assert.ok(existsSync(serverPath), 'dist/server.js is built (npm run build)');
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, locale, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    initialize,
    stderr: () => stderr,
    async open(uri, text, languageId = 'policy-markdown') {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      connection.dispose();
    },
  };
}
