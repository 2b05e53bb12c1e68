import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../unit/helpers';

/** A real dist/server.js over stdio, with every published diagnostic kept by uri. */
export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** The latest diagnostics published for each uri. */
  readonly latest: Map<string, PublishDiagnosticsParams>;
  /** Resolves with the first diagnostics for `uri` that satisfy `accept` (already published ones count). */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stderr(): string;
  /** Messages the server logged through window/logMessage. */
  readonly logs: string[];
  /** Resident set size of the server process in MB, from /proc (Linux). */
  rssMb(): number;
}

export async function startSession(options: { env?: NodeJS.ProcessEnv; locale?: string; nodeArgs?: string[] } = {}): Promise<LspSession> {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  assert.ok(existsSync(serverPath), 'dist/server.js is built (npm run build)');
  // POLICYMD_SERVER_NODE_ARGS (e.g. --cpu-prof) profiles the server under test.
  const nodeArgs = [...(options.nodeArgs ?? []), ...(process.env.POLICYMD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const logs: string[] = [];
  connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params.message);
  });
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    latest.set(params.uri, params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, locale: options.locale ?? 'en', workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    latest,
    logs,
    stderr: () => stderr,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
    diagnostics(uri, accept = () => true, timeoutMs = 15000) {
      const already = latest.get(uri);
      if (already && accept(already)) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} in time; stderr: ${stderr.slice(-2000)}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
  };
}

export async function stopSession(session: LspSession): Promise<void> {
  if (session.process.exitCode === null && session.process.signalCode === null) {
    await session.connection.sendRequest(ShutdownRequest.type);
    await session.connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => {
      if (session.process.exitCode !== null) resolve();
      else session.process.once('exit', () => resolve());
    });
  }
  session.connection.dispose();
}

/** Kills the server as a crash would, and waits until it is gone. */
export async function killSession(session: LspSession): Promise<void> {
  const exited = new Promise<void>((resolve) => session.process.once('exit', () => resolve()));
  session.process.kill('SIGKILL');
  await exited;
  session.connection.dispose();
}
