import * as assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { renderRequest } from '../../server/src/protocol';
import { acmeOutsourcing as clauseSet } from '../unit/clauseSetFixtures';
import { startLspServer, type LspSession } from './lspClient';

function items(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

const lines = [
  '# プライバシーポリシー',
  '',
  '## 業務の委託',
  '',
  '当社は、個人情報の取扱いを委託する場合、委託先との契約において次の事項を定めます。',
  '',
  '- 委託先に秘密保持の義務を課すこと',
  '- 委託した業務の目的以外での利用を禁止すること',
  '- ',
  '',
  '::clause{ref="acme-outsourcing"}',
  '',
];

suite('protocol: clause sets from .policymd.json', () => {
  let session: LspSession;
  let folder: string;
  let uri: string;
  suiteSetup(async () => {
    folder = realpathSync(mkdtempSync(join(tmpdir(), 'policymd-clauses-')));
    writeFileSync(join(folder, '.policymd.json'), JSON.stringify({ clauseSets: [clauseSet] }));
    uri = pathToFileURL(join(folder, 'privacy.policy.md')).href;
    session = await startLspServer({ locale: 'en' });
    await session.open(uri, lines.join('\n'));
  });
  suiteTeardown(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a new item of a list of the user set is offered the item it lacks, as written', async () => {
    const result = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 8, character: 2 } }));
    assert.deepEqual(result.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter(Boolean), ['acme-outsourcing.subcontract']);
    assert.equal(result[0].textEdit?.newText, clauseSet.items[2].text);
  });

  test('::clause{ref=" offers the user set, hover shows a recognised item, render expands the directive', async () => {
    const refs = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 10, character: 14 } }));
    assert.ok(refs.some((item) => item.label === 'acme-outsourcing' && item.detail === 'Acme standard outsourcing clause'));
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 5 } });
    assert.match((hover?.contents as MarkupContent).value, /\*\*Acme standard outsourcing clause\*\* — Confidentiality/);
    const rendered = await session.connection.sendRequest(renderRequest, { textDocument: { uri } });
    assert.ok(rendered?.html.includes(clauseSet.items[2].text), 'the directive is expanded from the user set');
  });
});
