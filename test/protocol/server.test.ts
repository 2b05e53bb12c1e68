import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, DocumentSymbolRequest, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { fixturesDir } from '../unit/helpers';
import { startLspServer, type LspSession } from './lspClient';

const pasted = readFileSync(join(fixturesDir, 'documents', 'pasted.policy.md'), 'utf8');
const rulesOf = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);

suite('Language server over stdio', function () {
  this.timeout(30000);
  let session: LspSession;

  suiteSetup(async () => {
    session = await startLspServer();
  });

  suiteTeardown(async () => {
    assert.equal(await session.stop(), 0, `server exits cleanly; stderr: ${session.stderr()}`);
  });

  test('Publishes a fixture\'s diagnostics with code, source, documentation link and fixes', async () => {
    const uri = 'file:///work/pasted.policy.md';
    await session.open(uri, pasted);
    const { diagnostics, version } = await session.diagnostics(uri);
    assert.equal(version, 1);
    assert.deepEqual(rulesOf(diagnostics).filter((r) => /pseudo-heading|numbering-gap/.test(r)), ['pseudo-heading@4', 'pseudo-heading@14', 'numbering-gap@28', 'pseudo-heading@30', 'pseudo-heading@34']);
    const gap = diagnostics.find((d) => d.code === 'numbering-gap');
    assert.equal(gap?.source, 'policymd');
    assert.match(gap?.codeDescription?.href ?? '', /README\.md#numbering-gap$/);
    assert.equal(gap?.severity, 2);
  });

  test('Returns the sections as an outline with their kinds', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///work/pasted.policy.md' } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [
      ['1. 当社が取得する個人情報の利用目的', 'purposes, collected-data · pseudo-heading'],
      ['2. 個人情報の第三者への提供', 'third-party · pseudo-heading'],
      ['3. 安全管理のための措置', 'security · pseudo-heading'],
      ['4. お問い合わせ窓口', 'contact · pseudo-heading'],
    ]);
  });

  test('Offers the quick fix carried by a diagnostic', async () => {
    const uri = 'file:///work/pasted.policy.md';
    const { diagnostics } = await session.diagnostics(uri);
    const heading = diagnostics.find((d) => d.code === 'pseudo-heading')!;
    const actions = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: heading.range, context: { diagnostics: [heading], only: ['quickfix'] } });
    const action = actions?.find((a) => 'edit' in a && a.title === 'Make it a level 2 heading');
    assert.ok(action && 'edit' in action, JSON.stringify(actions));
    assert.deepEqual(action.edit?.changes?.[uri], [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '## ' }]);
  });

  test('Offers fix-all for the safe fixes of the whole document', async () => {
    const uri = 'file:///work/pasted.policy.md';
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.policymd'] },
    });
    const fixAll = actions?.find((a) => 'kind' in a && a.kind === 'source.fixAll.policymd');
    assert.ok(fixAll && 'edit' in fixAll);
    assert.equal(fixAll.edit?.changes?.[uri]?.length, 5, 'four headings and one renumbering');
  });

  test('An edit that fills the numbering gap makes numbering-gap go away', async () => {
    const uri = 'file:///work/pasted.policy.md';
    const line = pasted.split('\n').findIndex((l) => l.startsWith('(5)'));
    await session.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '(4) 委託先の監督についての記述です。\n\n' }], 2);
    const { diagnostics } = await session.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(rulesOf(diagnostics).filter((r) => r.startsWith('numbering-gap')), []);
    assert.equal(rulesOf(diagnostics).filter((r) => r.startsWith('pseudo-heading')).length, 4);
  });

  test('Messages follow the client\'s display language', async () => {
    const japanese = await startLspServer({ locale: 'ja' });
    try {
      const uri = 'file:///work/ja.policy.md';
      await japanese.open(uri, pasted);
      const { diagnostics } = await japanese.diagnostics(uri);
      assert.match(String(diagnostics.find((d) => d.code === 'numbering-gap')?.message ?? ''), /番号/);
    } finally {
      await japanese.stop();
    }
  });

  const badInputs: [string, string][] = [
    ['empty', ''],
    ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1')],
    ['huge-line', 'x'.repeat(1024 * 1024)],
    ['unclosed-front-matter', '---\npolicy: privacy\n\n# 方針\n'],
    ['crlf-bom', '\ufeff# 方針\r\n\r\n(1) 文。\r\n\r\n(3) 文。\r\n'],
  ];
  for (const [name, text] of badInputs) {
    test(`Survives bad input: ${name}`, async () => {
      const uri = `file:///work/bad-${name}.policy.md`;
      await session.open(uri, text);
      const { diagnostics } = await session.diagnostics(uri);
      assert.ok(diagnostics.every((d) => d.message !== '' && !String(d.message).includes('failed on this document')), JSON.stringify(diagnostics));
      assert.equal(session.process.exitCode, null, 'server still running');
    });
  }
});
