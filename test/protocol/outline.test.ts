import * as assert from 'node:assert/strict';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { readSeed } from '../unit/helpers';
import { startLspServer, type LspSession } from './lspClient';

/** Each symbol with its depth, in document order. */
function flatten(symbols: readonly DocumentSymbol[], depth = 0): { symbol: DocumentSymbol; depth: number }[] {
  return symbols.flatMap((symbol) => [{ symbol, depth }, ...flatten(symbol.children ?? [], depth + 1)]);
}

/** The detail is "kind, kind · pseudo-heading", "kind", or "pseudo-heading" alone. */
const kindsOf = (symbol: DocumentSymbol) =>
  (symbol.detail ?? '')
    .replace(/(?:^| · )pseudo-heading$/, '')
    .split(', ')
    .filter(Boolean);

suite('Outline of the seeds over stdio', function () {
  this.timeout(30000);
  let session: LspSession;

  suiteSetup(async () => {
    session = await startLspServer();
  });

  suiteTeardown(async () => {
    await session.stop();
  });

  async function outline(name: string): Promise<{ symbol: DocumentSymbol; depth: number }[]> {
    const uri = `file:///outline/${name.replace('.txt', '.policy.md')}`;
    await session.open(uri, readSeed(name));
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const lines = session.document(uri).lineCount;
    const flat = flatten(symbols);
    for (const { symbol } of flat) {
      assert.ok(symbol.range.end.line < lines, `${symbol.name} ends inside the document`);
      assert.ok(symbol.selectionRange.start.line >= symbol.range.start.line && symbol.selectionRange.end.line <= symbol.range.end.line, `${symbol.name}: selection inside range`);
    }
    return flat;
  }

  test('First seed: its pasted numbered headings become top-level sections, in order, with the kinds the legal rules rely on', async () => {
    const flat = await outline('000_b103459df77d0800.txt');
    assert.ok(flat.every(({ depth }) => depth === 0), 'all pseudo-headings are at one level');
    assert.ok(flat.every(({ symbol }) => symbol.detail?.endsWith('pseudo-heading')), 'each is marked as a pseudo-heading');
    const kinds = flat.map(({ symbol }) => kindsOf(symbol)).filter((k) => k.length > 0).map((k) => k[0]);
    assert.deepEqual(kinds, ['purposes', 'third-party', 'security', 'disclosure', 'contact']);
  });

  test('Second seed: its headings nest by level, and 情報の管理 reads as the security section under the purposes it follows', async () => {
    const flat = await outline('003_b5cd9565b03e87a2.txt');
    assert.equal(flat.filter(({ depth }) => depth === 0).length, 1, 'one title at the top');
    const security = flat.find(({ symbol }) => kindsOf(symbol).includes('security'));
    assert.ok(security, 'a security section');
    assert.ok(security.depth >= 2, 'nested below the title and the section before it');
    for (const kind of ['purposes', 'third-party', 'outsourcing', 'disclosure', 'retention']) {
      assert.ok(flat.some(({ symbol }) => kindsOf(symbol).includes(kind)), `a ${kind} section`);
    }
  });
});
