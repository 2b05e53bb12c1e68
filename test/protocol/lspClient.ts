// The one LSP client the protocol tests use: the real dist/server.js over stdio, started as an editor
// starts it, so what is tested is the bundle that ships.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkspaceFoldersRequest,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../unit/helpers';

export interface StartOptions {
  /** The client's display language; the server words its messages in it. */
  readonly locale?: string;
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
  /** Sent at initialize and answered to workspace/workspaceFolders until `setWorkspaceFolders` changes them. */
  readonly workspaceFolders?: WorkspaceFolder[] | null;
  readonly rootUri?: string | null;
  /** When set, the client answers workspace/configuration with this (read at each request) and says it can. */
  readonly settings?: () => unknown;
  /** Added to this process's environment, e.g. to switch on the server's test hooks. */
  readonly env?: NodeJS.ProcessEnv;
  /** Node flags before the server script, e.g. --expose-gc. */
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
}

type Accept = (params: PublishDiagnosticsParams) => boolean;

/** A real dist/server.js over stdio, with every diagnostic it publishes kept by uri. */
export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initialize: InitializeResult;
  /** Messages the server logged through window/logMessage. */
  readonly logs: string[];
  stderr(): string;
  /** Sends didOpen and keeps a copy of the document, so later changes can be applied the way an editor does. */
  open(uri: string, text: string, options?: { readonly version?: number; readonly languageId?: string }): Promise<void>;
  /** Applies `changes` to the client's copy and sends them as the next version (or `version`). */
  change(uri: string, changes: TextDocumentContentChangeEvent[], version?: number): Promise<void>;
  close(uri: string): Promise<void>;
  /** The client's copy of an open document. */
  document(uri: string): TextDocument;
  /**
   * The latest diagnostics already published for `uri` that satisfy `accept`, or else the first to come.
   * Rejects after `timeoutMs` with the end of the server's stderr in the message.
   */
  diagnostics(uri: string, accept?: Accept, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Like `diagnostics`, but only publishes that arrive after the call count. */
  next(uri: string, accept?: Accept, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** What the client answers when the server asks for the workspace folders from now on. */
  setWorkspaceFolders(folders: WorkspaceFolder[] | null): void;
  /** Shuts the server down as an editor does (unless it is already gone) and resolves with its exit code. */
  stop(): Promise<number | null>;
  /** Kills the server as a crash would, and waits until it is gone. */
  kill(): Promise<void>;
}

export async function startLspServer(options: StartOptions = {}): Promise<LspSession> {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  assert.ok(existsSync(serverPath), 'dist/server.js is built (npm run build)');
  // POLICYMD_SERVER_NODE_ARGS (e.g. --cpu-prof) profiles the server under test.
  const nodeArgs = [...(options.nodeArgs ?? []), ...(process.env.POLICYMD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
    cwd: options.cwd,
  });
  // Listening from the start means an exit is never missed, however early it happens.
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));

  const logs: string[] = [];
  connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params.message);
  });
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: { uri: string; accept: Accept; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const list = published.get(params.uri) ?? [];
    list.push(params);
    published.set(params.uri, list);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  const wait = (uri: string, accept: Accept, timeoutMs: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} in time; stderr: ${stderr.slice(-2000)}`)), timeoutMs);
      waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });

  let folders = options.workspaceFolders ?? null;
  // An editor accepts dynamic registrations; answering keeps the server from logging a refused one.
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkspaceFoldersRequest.type, () => folders);
  const settings = options.settings;
  if (settings) connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings()));
  connection.listen();

  const capabilities: ClientCapabilities = settings ? { ...options.capabilities, workspace: { ...options.capabilities?.workspace, configuration: true } } : (options.capabilities ?? {});
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities,
    locale: options.locale ?? 'en',
    workspaceFolders: options.workspaceFolders ?? null,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  const documents = new Map<string, TextDocument>();
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    connection,
    process: child,
    initialize,
    logs,
    stderr: () => stderr,
    open(uri, text, { version = 1, languageId = 'policy-markdown' } = {}) {
      documents.set(uri, TextDocument.create(uri, languageId, version, text));
      return connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    change(uri, changes, version) {
      const current = documents.get(uri);
      assert.ok(current, `${uri} is open`);
      // The copy is updated before the notification goes out, so a caller that does not await still reads the new text.
      const next = TextDocument.update(current, changes, version ?? current.version + 1);
      documents.set(uri, next);
      return connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: changes });
    },
    close(uri) {
      documents.delete(uri);
      return connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    document(uri) {
      const document = documents.get(uri);
      assert.ok(document, `${uri} is open`);
      return document;
    },
    diagnostics(uri, accept = () => true, timeoutMs = 15000) {
      const already = [...(published.get(uri) ?? [])].reverse().find(accept);
      return already ? Promise.resolve(already) : wait(uri, accept, timeoutMs);
    },
    next(uri, accept = () => true, timeoutMs = 15000) {
      return wait(uri, accept, timeoutMs);
    },
    setWorkspaceFolders(next) {
      folders = next;
    },
    async stop() {
      if (running()) {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        await exited;
      }
      connection.dispose();
      return child.exitCode;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
      connection.dispose();
    },
  };
}
