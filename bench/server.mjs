// The out-of-process half of the benchmark: the real server over stdio, as an editor drives it.
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = join(import.meta.dirname, '..');
const serverPath = join(root, 'dist', 'server.js');
const probePath = pathToFileURL(join(import.meta.dirname, 'heap-probe.mjs')).href;

function statusOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { hwmMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
}

const heapDir = mkdtempSync(join(tmpdir(), 'policymd-bench-'));
process.on('exit', () => rmSync(heapDir, { recursive: true, force: true }));

async function readHeap(server) {
  const file = join(heapDir, `heap-${server.child.pid}.json`);
  server.child.kill('SIGUSR2');
  for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

function startServer() {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', probePath, serverPath, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, POLICYMD_BENCH_HEAP: join(heapDir, 'heap-PID.json') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  return { child, connection, started, stderr: () => stderr };
}

async function initialize(server) {
  await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'ja' });
  const ms = performance.now() - server.started;
  server.connection.sendNotification('initialized', {});
  return ms;
}

async function stop(server) {
  try {
    await Promise.race([server.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
    server.connection.sendNotification('exit');
  } catch {
    // The process may already be gone; killing it below is enough.
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  server.connection.dispose();
  if (server.child.exitCode === null) server.child.kill();
}

/** Median time from spawn to the initialize result, over `runs` fresh servers. */
export async function measureStart(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const server = startServer();
    times.push(await initialize(server));
    await stop(server);
  }
  times.sort((a, b) => a - b);
  return { startMs: times[times.length >> 1], bundleBytes: statSync(serverPath).size };
}

/**
 * Opens one document in a fresh server and waits for its diagnostics. Meanwhile it pings the server
 * with an unknown request every 100 ms: the longest wait for the MethodNotFound answer shows how long
 * the server could not answer anything (an editor would see a frozen hover or completion).
 */
export async function measureOpenDocument(text, name, timeoutMs) {
  const server = startServer();
  await initialize(server);
  const uri = pathToFileURL(join('/tmp', 'policymd-bench', name)).href;
  const opened = performance.now();
  let pingMax = 0;
  let pinging = true;
  const ping = async () => {
    while (pinging) {
      const sent = performance.now();
      await server.connection.sendRequest('policymd/benchPing').catch(() => undefined);
      pingMax = Math.max(pingMax, performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const published = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${name} within ${timeoutMs} ms`)), timeoutMs);
    server.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      if (params.uri !== uri) return;
      clearTimeout(timer);
      resolve(params.diagnostics.length);
    });
  });
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy-markdown', version: 1, text } });
  const pinger = ping();
  try {
    const diagnostics = await published;
    const diagnosticsMs = performance.now() - opened;
    pinging = false;
    await pinger;
    const memory = statusOf(server.child.pid);
    const heap = await readHeap(server);
    return { diagnostics, diagnosticsMs, pingMaxMs: pingMax, ...memory, ...heap };
  } catch (error) {
    pinging = false;
    const memory = server.child.exitCode === null ? statusOf(server.child.pid) : {};
    return { error: error instanceof Error ? error.message : String(error), stderr: server.stderr().slice(-500), ...memory };
  } finally {
    await stop(server);
  }
}
