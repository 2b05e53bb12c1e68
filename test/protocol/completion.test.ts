import * as assert from 'node:assert/strict';
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { readSeed } from '../unit/helpers';
import { startLspServer, type LspSession } from './lspClient';

function items(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

const seed = () => readSeed('003_b5cd9565b03e87a2.txt');

suite('protocol: completion and hover', () => {
  let session: LspSession;
  suiteSetup(async () => {
    session = await startLspServer({ locale: 'ja' });
  });
  suiteTeardown(async () => {
    await session.stop();
  });

  test('the server declares completion (with trigger characters) and hover', () => {
    const capabilities = session.initialize.capabilities;
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes('「'));
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes('"'));
    assert.equal(capabilities.hoverProvider, true);
  });

  test('second seed: a new item after line 68 is offered Art. 27(1) items 5–7, in Japanese', async () => {
    const lines = seed().split('\n');
    lines.splice(68, 0, '  - ');
    const uri = 'file:///protocol/seed-003.policy.md';
    await session.open(uri, lines.join('\n'));
    const result = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 68, character: 4 } }));
    const ids = result.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter(Boolean);
    assert.deepEqual(ids, ['appi-27-1-5', 'appi-27-1-6', 'appi-27-1-7']);
    assert.equal(result[0].label, '学術研究の成果の公表・教授');
    assert.match((result[0].documentation as MarkupContent).value, /第27条第1項第五号/);
    assert.match(result[0].textEdit?.newText ?? '', /^当社が学術研究機関等である場合であって/);
  });

  test('::clause{ref=" and a new heading line get their completions from the real server', async () => {
    const uri = 'file:///protocol/new.policy.md';
    await session.open(uri, ['# 個人情報保護方針', '', '## 利用目的', '', '当社は、サービスの提供のために利用します。', '', '## ', '', '::clause{ref="'].join('\n'));
    const refs = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 8, character: 14 } }));
    assert.ok(refs.some((item) => item.label === 'appi-33-2' && item.detail === '開示をしないことができる場合（第33条第2項）'));
    const headings = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 3 } }));
    assert.equal(headings[0].label, '第三者提供');
    assert.equal(headings[0].insertTextFormat, 2);
    assert.ok(!headings.some((item) => item.label === '利用目的'));
  });

  test('front matter values and defined terms after 「', async () => {
    const uri = 'file:///protocol/terms.policy.md';
    await session.open(uri, ['---', 'profile: ', '---', '', '株式会社サンプル（以下「当社」といいます。）は、個人情報を適切に取り扱います。', '', '「'].join('\n'));
    const profiles = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 9 } }));
    assert.deepEqual(profiles.map((item) => item.label), ['jp-appi', 'jp-pmark', 'eu-gdpr', 'none']);
    const terms = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 1 }, context: { triggerKind: 2, triggerCharacter: '「' } }));
    assert.deepEqual(terms.map((item) => [item.label, item.textEdit?.newText]), [['当社', '当社」']]);
  });

  test('hover on a heading and on a clause item answers in the client language', async () => {
    const uri = 'file:///protocol/seed-hover.policy.md';
    const text = seed();
    await session.open(uri, text);
    const lines = text.split('\n');
    const headingLine = lines.findIndex((line) => line.includes('(第三者への提供)'));
    const heading = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: headingLine, character: 8 } });
    assert.match((heading?.contents as MarkupContent).value, /認識された節の種類: `third-party`/);
    const itemLine = lines.findIndex((line, index) => index > headingLine && line.includes('法令に基づく場合'));
    const item = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: itemLine, character: 6 } });
    const value = (item?.contents as MarkupContent).value;
    assert.match(value, /第27条第1項第一号/);
    assert.match(value, /旧: 第23条第1項/);
    assert.match(value, /> 法令に基づく場合/);
    assert.equal(session.stderr(), '');
  });
});
