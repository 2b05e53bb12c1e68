import * as assert from 'node:assert/strict';
import { CodeActionRequest, CompletionRequest, DocumentSymbolRequest, HoverRequest, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { renderRequest } from '../../server/src/protocol';
import { startLspServer, type LspSession } from './lspClient';

/** A small deterministic generator, so a failing run can be repeated exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function policyText(n: number): string {
  return [
    '---',
    'policy: privacy',
    'lang: ja',
    '---',
    '',
    `# 個人情報保護方針 ${n}`,
    '',
    `株式会社サンプル${n}（以下「当社」といいます）は、お客様の個人情報を次のとおり取り扱います。`,
    '',
    '## 1. 利用目的',
    '',
    '(1) 会員登録の受付のため',
    '(2) お問い合わせへの回答のため',
    n % 3 === 0 ? '(4) 新しいサービスの案内のため' : '(3) 新しいサービスの案内のため',
    '',
    '## 2. 第三者提供',
    '',
    '当社は、法令に基づく場合を除き、本人の同意を得ないで個人情報を第三者に提供しません。',
    '',
    '| 提供先 | 提供する個人情報 |',
    '| --- | --- |',
    `| 配送会社${n} | 氏名、住所、電話番号 |`,
    '',
    '## 3. お問い合わせ',
    '',
    `窓口: privacy${n}@example.jp`,
    '',
  ].join('\n');
}

const insertions = ['、', '個人情報', '。\n', '\n(5) 追加の目的のため\n', ' ', '当社', '又は', 'または', '😀', '\n## 4. 変更\n\n本方針は変更されることがあります。\n', '第3条', '| a | b |\n'];

/** One random incremental edit in LSP form, applied to the local copy as the editor would. */
function randomEdit(document: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const text = document.getText();
  let start = Math.floor(next() * (text.length + 1));
  // Never between the halves of a surrogate pair: an editor does not place the cursor there.
  if (start > 0 && start < text.length && /[\udc00-\udfff]/.test(text[start])) start--;
  const remove = next() < 0.4 ? Math.min(text.length - start, Math.floor(next() * 12)) : 0;
  let end = start + remove;
  if (end > 0 && end < text.length && /[\udc00-\udfff]/.test(text[end])) end++;
  const insert = next() < 0.8 ? insertions[Math.floor(next() * insertions.length)] : '';
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: insert };
}

const documentCount = 200;
const editCount = 10_000;
const settings: DocumentSettings = { profile: 'auto', messageLanguage: 'en', rules: {}, config: {} };

interface Round {
  readonly requests: number;
  readonly failures: string[];
  readonly finals: TextDocument[];
}

/** Opens the documents, edits them at random with requests in between, and waits for every answer. */
async function runRound(session: LspSession, seed: number, edits: number, count = documentCount): Promise<Round> {
  const next = random(seed);
  const uris = Array.from({ length: count }, (_, i) => `file:///load/r${seed}/doc-${i}.policy.md`);
  uris.forEach((uri, i) => void session.open(uri, policyText(i)));
  const pending: Promise<unknown>[] = [];
  const failures: string[] = [];
  const track = (what: string, request: Promise<unknown>) =>
    pending.push(
      request.then(
        (result) => {
          if (result === undefined) failures.push(`${what}: no result`);
        },
        (error: unknown) => failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  let index = 0;
  let burst = 0;
  for (let i = 0; i < edits; i++) {
    // Edits come in bursts on one document, as a writer types in one editor at a time, then move on.
    if (burst-- <= 0) {
      index = Math.floor(next() * uris.length);
      burst = Math.floor(next() * 100);
    }
    const uri = uris[index];
    void session.change(uri, [randomEdit(session.document(uri), next)]);
    const updated = session.document(uri);
    const textDocument = { uri: updated.uri };
    if (i % 25 === 3) track('documentSymbol', session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }));
    if (i % 40 === 7) {
      const position = updated.positionAt(Math.floor(next() * updated.getText().length));
      track('codeAction', session.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [], triggerKind: 1 } }));
    }
    if (i % 20 === 5 || i % 20 === 15) {
      const position = updated.positionAt(Math.floor(next() * updated.getText().length));
      if (i % 20 === 5) track('completion', session.connection.sendRequest(CompletionRequest.type, { textDocument, position }));
      else track('hover', session.connection.sendRequest(HoverRequest.type, { textDocument, position }));
    }
    if (i % 80 === 11) track('render', session.connection.sendRequest(renderRequest, { textDocument, mode: i % 160 === 11 ? 'page' : 'preview', diagnostics: true }));
    // Let the socket drain now and then, as a typing editor would.
    if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  return { requests: pending.length, failures, finals: uris.map((uri) => session.document(uri)) };
}

async function closeAll(session: LspSession, documents: readonly TextDocument[]): Promise<void> {
  for (const document of documents) void session.close(document.uri);
  await Promise.all(documents.map((document) => session.diagnostics(document.uri, (p) => p.diagnostics.length === 0 && p.version === undefined, 20000)));
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ServerMemory {
  readonly heapUsed: number;
  readonly rss: number;
  readonly openDocuments: number;
  readonly pendingDiagnostics: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
/** The server's heap after a full collection (test hook), so what is measured is what it still holds. */
const memoryOf = (session: LspSession) => session.connection.sendRequest<ServerMemory>('policyMarkdown/test/memory');

suite('Server under load', function () {
  this.timeout(120_000);

  test(`${documentCount} documents, ${editCount} incremental edits with requests in between: every request answered, final diagnostics exact, memory released`, async () => {
    const session = await startLspServer({ env: { POLICYMD_TEST_HOOKS: '1' }, nodeArgs: ['--expose-gc'] });
    try {
      // Warm up once so the baseline includes the loaded engine, not only an idle process.
      const warm = await runRound(session, 7, 100, 20);
      await closeAll(session, warm.finals);
      await settle(500);
      const baseline = await memoryOf(session);

      const started = performance.now();
      const round = await runRound(session, 1, editCount);
      assert.deepEqual(round.failures, [], 'every request answered without error');
      assert.ok(round.requests >= 700, `${round.requests} requests sent`);
      const fresh = createPolicyLanguageService();
      for (const document of round.finals) {
        const published = await session.diagnostics(document.uri, (p) => p.version === document.version, 30000);
        const expected = fresh.getDiagnostics(document, settings);
        assert.deepEqual(published.diagnostics, JSON.parse(JSON.stringify(expected)), `diagnostics of ${document.uri} at version ${document.version} match a fresh analysis`);
      }
      const loaded = performance.now() - started;
      const loadedMemory = await memoryOf(session);
      await closeAll(session, round.finals);
      await settle(500);
      const afterFirst = await memoryOf(session);

      // A second round over 200 new documents must not leave more behind than the first: nothing per document is kept.
      const second = await runRound(session, 2, 1000);
      assert.deepEqual(second.failures, []);
      await closeAll(session, second.finals);
      await settle(500);
      const afterSecond = await memoryOf(session);
      const heap = (m: ServerMemory) => `${mb(m.heapUsed).toFixed(1)} MB`;
      console.log(
        `      load: ${round.requests} requests, ${editCount} edits in ${(loaded / 1000).toFixed(1)} s; heap after GC: start ${heap(baseline)}, ${documentCount} open ${heap(loadedMemory)}, ` +
          `all closed ${heap(afterFirst)}, after a second round ${heap(afterSecond)}; RSS ${mb(baseline.rss).toFixed(0)} → ${mb(loadedMemory.rss).toFixed(0)} → ${mb(afterSecond.rss).toFixed(0)} MB`,
      );
      assert.equal(loadedMemory.openDocuments, documentCount);
      assert.equal(afterFirst.openDocuments, 0, 'every document closed');
      assert.equal(afterFirst.pendingDiagnostics, 0, 'no diagnostics run left scheduled');
      assert.ok(loadedMemory.heapUsed > baseline.heapUsed, 'holding 200 documents and their models costs heap (the measure can see it)');
      assert.ok(afterFirst.heapUsed <= baseline.heapUsed + 8 * 1024 * 1024, `heap after closing (${heap(afterFirst)}) back near the start (${heap(baseline)})`);
      assert.ok(afterSecond.heapUsed <= afterFirst.heapUsed + 4 * 1024 * 1024, `heap does not grow round after round (${heap(afterFirst)} → ${heap(afterSecond)})`);
      assert.equal(session.process.exitCode, null);
    } finally {
      await session.stop();
    }
  });
});
