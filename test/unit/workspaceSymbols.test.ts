import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type TextDocumentLike } from '../../server/src/language';
import { matchesSymbolQuery } from '../../server/src/language/features/workspaceSymbols';
import { WorkspaceIndex } from '../../server/src/workspaceIndex';
import { joinLines } from './helpers';
import { navigationFixture, open } from './navHelpers';

const symbol = (name: string, containerName = ''): WorkspaceSymbol => ({ name, kind: SymbolKind.String, containerName, location: { uri: 'file:///x' } });

suite('Workspace symbols', () => {
  test('One document gives its sections (kinds in the container) and its defined terms', () => {
    const nav = open(navigationFixture('terms.policy.md'), {}, 'file:///ws/terms.policy.md');
    const symbols = nav.service.getWorkspaceSymbols(nav.document, nav.settings);
    const rows = symbols.map((s) => [s.name, s.kind, s.containerName]);
    assert.deepEqual(rows, [
      ['個人情報の取扱いについて', SymbolKind.String, 'terms.policy.md'],
      ['1. 利用目的', SymbolKind.String, '個人情報の取扱いについて · purposes'],
      ['2. 第三者提供', SymbolKind.String, '個人情報の取扱いについて · third-party'],
      ['2.1 株式会社ハコブ運輸について', SymbolKind.String, '2. 第三者提供'],
      ['3. お問い合わせ', SymbolKind.String, '個人情報の取扱いについて · contact'],
      ['当社', SymbolKind.Constant, '個人情報の取扱いについて'],
      ['当社グループ', SymbolKind.Constant, '個人情報の取扱いについて'],
    ]);
    const purposes = symbols[1];
    assert.ok('range' in purposes.location);
    assert.equal(purposes.location.uri, 'file:///ws/terms.policy.md');
    assert.equal(nav.textOf(purposes.location.range), '利用目的');
  });

  test('A query matches characters in order, ignoring case and full/half width', () => {
    assert.ok(matchesSymbolQuery(symbol('利用目的'), '利目'));
    assert.ok(matchesSymbolQuery(symbol('Third parties'), 'THIRD'));
    assert.ok(matchesSymbolQuery(symbol('Ｃｏｏｋｉｅ'), 'cookie'));
    assert.ok(matchesSymbolQuery(symbol('2. 第三者提供', 'policy · third-party'), 'third-party'));
    assert.ok(matchesSymbolQuery(symbol('anything'), ''));
    assert.ok(!matchesSymbolQuery(symbol('利用目的'), '目利'));
    assert.ok(!matchesSymbolQuery(symbol('安全管理措置'), '利用'));
  });
});

suite('Workspace index', () => {
  let root: string;

  setup(() => {
    root = mkdtempSync(join(tmpdir(), 'policymd-ws-'));
    mkdirSync(join(root, 'docs'));
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'docs', 'a.policy.md'), joinLines('# 利用目的', '', '本文。'));
    writeFileSync(join(root, 'b.md'), joinLines('---', 'policy: privacy', '---', '# 安全管理措置', '', '本文。'));
    writeFileSync(join(root, 'readme.md'), joinLines('# 利用目的ではない文書'));
    writeFileSync(join(root, 'node_modules', 'pkg', 'c.policy.md'), joinLines('# 依存物'));
  });

  teardown(() => rmSync(root, { recursive: true, force: true }));

  const service = createPolicyLanguageService();
  const compute = (calls: string[]) => async (document: TextDocumentLike) => {
    calls.push(document.uri);
    return service.getWorkspaceSymbols(document, { messageLanguage: 'en' });
  };

  test('Finds *.policy.md and .md with policy: front matter, skipping other Markdown and node_modules', async () => {
    const index = new WorkspaceIndex();
    index.setFolders([pathToFileURL(root).href]);
    assert.deepEqual(
      index.files().map((file) => file.slice(root.length + 1).replace(/\\/g, '/')),
      ['b.md', 'docs/a.policy.md'],
    );
    const symbols = await index.symbols([], compute([]));
    assert.deepEqual(symbols.map((s) => s.name).sort(), ['利用目的', '安全管理措置']);
  });

  test('An open document speaks for its file; closed files are read once until they change', async () => {
    const index = new WorkspaceIndex();
    index.setFolders([pathToFileURL(root).href]);
    const aUri = pathToFileURL(join(root, 'docs', 'a.policy.md')).href;
    const openA: TextDocumentLike = { uri: aUri, version: 3, getText: () => joinLines('# 利用目的', '', '## 保存期間') };
    const calls: string[] = [];
    const first = await index.symbols([openA], compute(calls));
    assert.deepEqual(first.map((s) => s.name), ['利用目的', '保存期間', '安全管理措置']);
    const again = await index.symbols([], compute(calls));
    assert.deepEqual(again.map((s) => s.name).sort(), ['利用目的', '安全管理措置']);
    const bPath = join(root, 'b.md');
    assert.equal(calls.filter((uri) => uri.endsWith('/b.md')).length, 1, 'b.md is read once while unchanged');
    writeFileSync(bPath, joinLines('---', 'policy: privacy', '---', '# お問い合わせ窓口'));
    utimesSync(bPath, new Date(), new Date(Date.now() + 5000));
    const changed = await index.symbols([], compute(calls));
    assert.ok(changed.some((s) => s.name === 'お問い合わせ窓口'));
    assert.equal(calls.filter((uri) => uri.endsWith('/b.md')).length, 2);
  });

  test('Folders can change; a file created later is found after invalidate', async () => {
    const index = new WorkspaceIndex();
    const other = mkdtempSync(join(tmpdir(), 'policymd-ws2-'));
    try {
      writeFileSync(join(other, 'x.policy.md'), '# Contact us\n');
      index.setFolders([pathToFileURL(root).href]);
      assert.equal(index.files().length, 2);
      index.setFolders([pathToFileURL(other).href]);
      assert.deepEqual(index.files(), [join(other, 'x.policy.md')]);
      writeFileSync(join(other, 'y.policy.md'), '# Cookies\n');
      assert.equal(index.files().length, 1, 'the walk is reused for a moment');
      index.setFolders([pathToFileURL(other).href]);
      assert.equal(index.files().length, 1, 'the same folders again keep the walk');
      index.invalidate();
      assert.equal(index.files().length, 2);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
