import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { repoRoot, sharedDir } from '../unit/helpers';

/** A client that keeps its own copy of each document, so that edits from the server can be applied and sent back. */
class FormatClient {
  readonly #documents = new Map<string, TextDocument>();
  #stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    readonly initialized: InitializeResult,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString()));
  }

  static async start(): Promise<FormatClient> {
    const serverPath = join(repoRoot, 'dist', 'server.js');
    assert.ok(existsSync(serverPath), 'dist/server.js is built (npm run build)');
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, locale: 'ja', workspaceFolders: null });
    await connection.sendNotification(InitializedNotification.type, {});
    return new FormatClient(connection, child, result);
  }

  get stderr(): string {
    return this.#stderr;
  }

  async open(uri: string, text: string): Promise<void> {
    this.#documents.set(uri, TextDocument.create(uri, 'policy-markdown', 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'policy-markdown', version: 1, text } });
  }

  text(uri: string): string {
    return this.#documents.get(uri)!.getText();
  }

  async format(uri: string, range?: Range): Promise<TextEdit[]> {
    const options = { tabSize: 2, insertSpaces: true };
    const edits = range
      ? await this.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options })
      : await this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options });
    return edits ?? [];
  }

  /** Applies edits the way an editor does and tells the server about the new version. */
  async apply(uri: string, edits: readonly TextEdit[]): Promise<string> {
    const current = this.#documents.get(uri)!;
    const text = TextDocument.applyEdits(current, [...edits]);
    const next = TextDocument.update(current, [{ text }], current.version + 1);
    this.#documents.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
    return text;
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    this.connection.dispose();
    return this.child.exitCode;
  }
}

function readSeed(name: string): string {
  const path = join(sharedDir, 'seeds', name);
  assert.ok(existsSync(path), `seed ${path} is missing; set POLICYMD_SHARED to the shared folder`);
  return readFileSync(path, 'utf8');
}

suite('Formatting over stdio', function () {
  this.timeout(30000);
  let client: FormatClient;

  suiteSetup(async () => {
    client = await FormatClient.start();
  });

  suiteTeardown(async () => {
    assert.equal(await client.stop(), 0, `server exits cleanly; stderr: ${client.stderr}`);
  });

  test('advertises document and range formatting', () => {
    assert.equal(client.initialized.capabilities.documentFormattingProvider, true);
    assert.equal(client.initialized.capabilities.documentRangeFormattingProvider, true);
  });

  test('aligns a Japanese table and renumbers a list, keeping CRLF and everything else', async () => {
    const uri = 'file:///work/crlf.policy.md';
    const original = ['---', 'policy: privacy', '---', '', '## 第三者提供', '', '|提供先|項目|', '|--|--|', '|株式会社エー|氏名|', '', '1. 同意', '1. 法令', '4. 生命', ''].join('\r\n');
    await client.open(uri, original);
    const edits = await client.format(uri);
    assert.ok(edits.every((edit) => edit.range.start.line === edit.range.end.line && !/[\r\n]/.test(edit.newText)), 'every edit stays on its line');
    const formatted = await client.apply(uri, edits);
    assert.equal(
      formatted,
      ['---', 'policy: privacy', '---', '', '## 第三者提供', '', '| 提供先       | 項目 |', '| ------------ | ---- |', '| 株式会社エー | 氏名 |', '', '1. 同意', '2. 法令', '3. 生命', ''].join('\r\n'),
    );
    assert.deepEqual(await client.format(uri), [], 'formatting again changes nothing');
  });

  test('range formatting touches only the table under the range', async () => {
    const uri = 'file:///work/range.policy.md';
    await client.open(uri, ['|a|b|', '|-|-|', '', '- x', '* y', '', '|c|d|', '|-|-|', ''].join('\n'));
    const edits = await client.format(uri, { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } });
    assert.deepEqual([...new Set(edits.map((edit) => edit.range.start.line))], [6, 7]);
    assert.equal(await client.apply(uri, edits), ['|a|b|', '|-|-|', '', '- x', '* y', '', '| c   | d   |', '| --- | --- |', ''].join('\n'));
  });

  for (const seed of ['000_b103459df77d0800.txt', '003_b5cd9565b03e87a2.txt']) {
    test(`formatting seed ${seed} leaves the pasted text as it is (a gap across other blocks is numbering-gap's to report)`, async () => {
      const uri = `file:///work/${seed.replace('.txt', '.policy.md')}`;
      const text = readSeed(seed);
      await client.open(uri, text);
      assert.equal(await client.apply(uri, await client.format(uri)), text);
      assert.deepEqual(await client.format(uri, { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }), []);
    });
  }
});
