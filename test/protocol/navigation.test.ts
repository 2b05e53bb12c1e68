import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DocumentHighlightKind,
  DocumentHighlightRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SelectionRangeRequest,
  WorkspaceSymbolRequest,
  type Location,
  type Position,
  type Range,
  type SelectionRange,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixturesDir, readSeed } from '../unit/helpers';
import { startLspServer, type LspSession } from './lspClient';

const termsText = readFileSync(join(fixturesDir, 'navigation', 'terms.policy.md'), 'utf8');
const termsUri = 'file:///nav/terms.policy.md';
const termsDocument = TextDocument.create(termsUri, 'policy-markdown', 1, termsText);

/** The position of the `nth` occurrence of `needle` in the fixture, plus `delta`. */
function at(needle: string, nth = 0, delta = 0, document = termsDocument): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" is in the text`);
  return document.positionAt(index + delta);
}
const textOf = (range: Range, document = termsDocument) => document.getText(range);
const lines = (locations: readonly { range: Range }[]) => locations.map((l) => l.range.start.line + 1);

suite('Navigation over stdio', function () {
  this.timeout(30000);
  let session: LspSession;
  let workspace: string;

  suiteSetup(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'policymd-nav-'));
    mkdirSync(join(workspace, 'jp'));
    writeFileSync(join(workspace, 'jp', 'privacy.policy.md'), '# 個人情報保護方針\n\n## 利用目的\n\n株式会社テスト（以下「当社」といいます。）は、目的の範囲で利用します。\n');
    writeFileSync(join(workspace, 'cookies.md'), '---\npolicy: cookie\n---\n# Cookie Policy\n\n## Cookies we use\n\nWe use cookies.\n');
    writeFileSync(join(workspace, 'notes.md'), '# 利用目的のメモ\n');
    session = await startLspServer({
      capabilities: { workspace: { workspaceFolders: true }, textDocument: { rename: { prepareSupport: true } } },
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    });
    await session.open(termsUri, termsText);
  });

  suiteTeardown(async () => {
    const code = await session.stop();
    rmSync(workspace, { recursive: true, force: true });
    assert.equal(code, 0, `server exits cleanly; stderr: ${session.stderr()}`);
  });

  test('Declares the navigation capabilities', () => {
    const capabilities = session.initialize.capabilities;
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.selectionRangeProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
  });

  test('Folding ranges for front matter, sections, lists, tables and comments', async () => {
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: termsUri } });
    assert.deepEqual(
      ranges?.map((r) => [r.startLine + 1, r.endLine + 1]),
      [
        [1, 4],
        [5, 39],
        [9, 17],
        [13, 17],
        [14, 16],
        [15, 16],
        [19, 32],
        [23, 26],
        [30, 32],
        [34, 39],
        [36, 37],
      ],
    );
  });

  test('Selection ranges grow from a Japanese word to the document', async () => {
    const [range] = (await session.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: termsUri }, positions: [at('個人情報を大切', 0, 1)] })) ?? [];
    const texts: string[] = [];
    for (let current: SelectionRange | undefined = range; current; current = current.parent) texts.push(textOf(current.range));
    assert.deepEqual(texts.slice(0, 2), ['個人', '個人情報']);
    assert.equal(texts[texts.length - 1], termsText);
  });

  test('Go to definition of 当社 and of a recipient', async () => {
    const term = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: termsUri }, position: at('当社の窓口') })) as Location[];
    assert.deepEqual(lines(term), [7]);
    assert.equal(textOf(term[0].range), '当社');
    assert.equal(term[0].uri, termsUri);
    const recipient = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: termsUri }, position: at('株式会社ハコブ運輸への', 0, 3) })) as Location[];
    assert.deepEqual(lines(recipient), [25]);
  });

  test('Find references, with and without the declaration', async () => {
    const all = (await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: termsUri }, position: at('当社グループからの'), context: { includeDeclaration: true } })) ?? [];
    assert.deepEqual(lines(all), [7, 17, 32]);
    const uses = (await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: termsUri }, position: at('当社グループからの'), context: { includeDeclaration: false } })) ?? [];
    assert.deepEqual(lines(uses), [17, 32]);
  });

  test('Document highlights', async () => {
    const highlights = (await session.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: termsUri }, position: at('Example Pay') })) ?? [];
    assert.deepEqual(
      highlights.map((h) => [h.range.start.line + 1, h.kind]),
      [[26, DocumentHighlightKind.Write]],
    );
    const none = await session.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: termsUri }, position: at('商品の発送') });
    assert.deepEqual(none, []);
  });

  test('Prepare rename and rename edit every use of 当社, not 当社グループ', async () => {
    const prepared = await session.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: termsUri }, position: at('当社は、次の') });
    assert.ok(prepared && 'placeholder' in prepared);
    assert.equal(prepared.placeholder, '当社');
    assert.equal(await session.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: termsUri }, position: at('商品の発送') }), null);
    const edit = await session.connection.sendRequest(RenameRequest.type, { textDocument: { uri: termsUri }, position: at('当社は、次の'), newName: '弊社' });
    const edits = edit?.changes?.[termsUri] ?? [];
    assert.deepEqual(lines(edits), [7, 7, 11, 21, 39]);
    const after = TextDocument.applyEdits(termsDocument, edits);
    assert.equal(after.match(/弊社/g)?.length, 5);
    assert.equal(after.match(/当社グループ/g)?.length, 3);
  });

  test('Rename to a name that collides is refused with a message', async () => {
    await assert.rejects(
      session.connection.sendRequest(RenameRequest.type, { textDocument: { uri: termsUri }, position: at('当社は、次の'), newName: '株式会社ハコブ運輸' }),
      (error: unknown) => error instanceof ResponseError && /"株式会社ハコブ運輸" is already a recipient \(line 25\)/.test(error.message),
    );
  });

  test('Workspace symbols come from the policy files of the workspace folder and open documents', async () => {
    const all = ((await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? []) as WorkspaceSymbol[];
    const names = all.map((s) => s.name);
    for (const name of ['個人情報保護方針', '利用目的', 'Cookie Policy', 'Cookies we use', '1. 利用目的', '当社']) assert.ok(names.includes(name), `${name} in ${JSON.stringify(names)}`);
    assert.ok(!names.includes('利用目的のメモ'), 'a .md file without policy: front matter is not a policy');
    const purposes = ((await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '利用目的' })) ?? []) as WorkspaceSymbol[];
    assert.deepEqual(purposes.map((s) => s.location.uri.replace(/^.*\//, '')).sort(), ['privacy.policy.md', 'terms.policy.md']);
    const onDisk = purposes.find((s) => s.location.uri.endsWith('privacy.policy.md'));
    assert.equal(onDisk?.location.uri, pathToFileURL(join(workspace, 'jp', 'privacy.policy.md')).href);
    assert.ok(onDisk && 'range' in onDisk.location && onDisk.location.range.start.line === 2);
  });

  test('Workspace folders added or removed later are followed', async () => {
    const other = mkdtempSync(join(tmpdir(), 'policymd-nav2-'));
    try {
      writeFileSync(join(other, 'retention.policy.md'), '# 保存期間\n');
      session.setWorkspaceFolders([
        { uri: pathToFileURL(workspace).href, name: 'ws' },
        { uri: pathToFileURL(other).href, name: 'other' },
      ]);
      const found = ((await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '保存期間' })) ?? []) as WorkspaceSymbol[];
      assert.deepEqual(found.map((s) => s.location.uri.replace(/^.*\//, '')), ['retention.policy.md']);
      session.setWorkspaceFolders([{ uri: pathToFileURL(other).href, name: 'other' }]);
      const withoutFirst = ((await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? []) as WorkspaceSymbol[];
      assert.ok(!withoutFirst.some((s) => s.location.uri.endsWith('privacy.policy.md')), 'a removed folder is no longer searched');
    } finally {
      session.setWorkspaceFolders([{ uri: pathToFileURL(workspace).href, name: 'ws' }]);
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('On the first seed: the pasted recipient table folds, and its recipients lead to their mentions', async () => {
    const text = readSeed('000_b103459df77d0800.txt');
    const uri = 'file:///nav/seed-000.policy.md';
    await session.open(uri, text);
    const seed = session.document(uri);
    const folds = (await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
    const tableStart = seed.positionAt(text.indexOf('フリービット株式会社')).line;
    const tableEnd = seed.positionAt(text.indexOf('株式会社KDDIウェブコミュニケーションズ')).line;
    assert.ok(folds.some((f) => f.startLine === tableStart && f.endLine === tableEnd), `a fold covers the pasted table, lines ${tableStart + 1}-${tableEnd + 1}`);
    const registry = at('株式会社日本レジストリサービス', 0, 3, seed);
    const references = (await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: registry, context: { includeDeclaration: true } })) ?? [];
    assert.equal(references.length, 2);
    assert.equal(references[0].range.start.line, seed.positionAt(text.indexOf('株式会社日本レジストリサービス\t')).line);
    const mention = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: references[1].range.start })) as Location[];
    assert.deepEqual(mention.map((l) => l.range), [references[0].range]);
  });

  test('On the second seed: 当社 and サービス are navigable and renamable', async function () {
    const text = readSeed('003_b5cd9565b03e87a2.txt');
    const uri = 'file:///nav/seed-003.policy.md';
    await session.open(uri, text);
    const seed = session.document(uri);
    const use = at('当社は', 0, 0, seed);
    const definition = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: use })) as Location[];
    assert.equal(definition.length, 1);
    assert.equal(seed.getText({ start: { line: definition[0].range.start.line, character: definition[0].range.start.character - 1 }, end: { line: definition[0].range.end.line, character: definition[0].range.end.character + 1 } }), '「当社」');
    const references = (await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: use, context: { includeDeclaration: true } })) ?? [];
    assert.ok(references.length > 10);
    assert.ok(references.every((l) => seed.getText(l.range) === '当社'));
    const service = at('（以下「サービス」', 0, 4, seed);
    const serviceUses = (await session.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: service, context: { includeDeclaration: true } })) ?? [];
    assert.ok(serviceUses.every((l) => seed.getText(l.range) === 'サービス'));
    const serverService = seed.getText().indexOf('サーバーサービス') + 4;
    assert.ok(!serviceUses.some((l) => seed.offsetAt(l.range.start) === serverService), 'サービス inside サーバーサービス is another word');
    const edit = await session.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: use, newName: '弊社' });
    const after = TextDocument.applyEdits(seed, edit?.changes?.[uri] ?? []);
    assert.equal(after.length, text.length);
    assert.equal(after.match(/弊社/g)?.length, references.length);
  });
});
