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
  RegistrationRequest,
  ShutdownRequest,
  WorkspaceFoldersRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../unit/helpers';

/** A language server started from dist/server.js over stdio, as an editor starts it. */
export interface NavSession {
  readonly connection: ProtocolConnection;
  readonly initialize: InitializeResult;
  open(uri: string, text: string, version?: number): Promise<void>;
  /** What the client answers when the server asks for the workspace folders. */
  setWorkspaceFolders(folders: WorkspaceFolder[]): void;
  stop(): Promise<number | null>;
  readonly stderr: () => string;
}

export async function startNavServer(options: { locale?: string; workspaceFolders?: WorkspaceFolder[] } = {}): Promise<NavSession> {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  assert.ok(existsSync(serverPath), 'dist/server.js is built (npm run build)');
  const child: ChildProcess = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let folders: WorkspaceFolder[] | null = options.workspaceFolders ?? null;
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkspaceFoldersRequest.type, () => folders);
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { workspaceFolders: true }, textDocument: { rename: { prepareSupport: true } } },
    locale: options.locale ?? 'en',
    workspaceFolders: options.workspaceFolders ?? null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    initialize,
    stderr: () => stderr,
    setWorkspaceFolders: (next) => (folders = next),
    open: (uri, text, version = 1) => connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'policy-markdown', version, text } }),
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      connection.dispose();
      return child.exitCode;
    },
  };
}
