import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { render } from '../../server/src/cli/render';
import { createPolicyLanguageService } from '../../server/src/language';
import { getClauseSet } from '../../server/src/language/clauses/library';
import { renderForRequest, renderPolicy, renderPolicyPage } from '../../server/src/language/features/render';
import { analyze, fixturesDir, joinLines, sharedDir } from './helpers';

function renderText(text: string) {
  return renderPolicy(analyze(text).document);
}

/** The seeds live in the shared folder beside the repository; without it these tests cannot say anything. */
function readSeed(context: Mocha.Context, name: string): string {
  const path = join(sharedDir, 'seeds', name);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  if (process.env.POLICYMD_NO_SHARED === '1') context.skip();
  assert.fail(`Seed ${name} is missing from ${sharedDir}/seeds. Set POLICYMD_SHARED to the shared folder, or POLICYMD_NO_SHARED=1 to skip the seed tests.`);
}

function tables(html: string): string[] {
  return html.match(/<table[\s\S]*?<\/table>/g) ?? [];
}

function fixture(name: string): string {
  return readFileSync(join(fixturesDir, 'render', name), 'utf8');
}

suite('render', () => {
  test('the first seed: its pasted recipient block is a table of ten rows', function () {
    const html = renderText(readSeed(this, '000_b103459df77d0800.txt')).html;
    const recipients = tables(html).find((table) => table.includes('フリービット株式会社'));
    assert.ok(recipients, 'no table holds the recipients');
    assert.equal(recipients.match(/<tr\b/g)?.length, 10);
    assert.match(recipients, /<td>株式会社アプラス<\/td><td>氏名、住所、電話番号、口座番号、請求額<\/td>/);
    // The dashed line under the one-row table belongs to that table, not a rule of its own.
    assert.doesNotMatch(html, /<hr/);
  });

  test('the second seed: a line wrapped inside 相当 renders as one sentence', function () {
    const html = renderText(readSeed(this, '003_b5cd9565b03e87a2.txt')).html;
    assert.match(html, /消去しないことについて相当な理由がある場合/);
    assert.doesNotMatch(html, /相\s+当|相<br>/);
  });

  test('Japanese lines join without a space; deliberate breaks and English spaces stay', () => {
    const html = renderText(fixture('japanese-line-breaks.policy.md')).html;
    assert.match(html, /遅滞なく消去します。ただし、/);
    assert.match(html, /定めに従って保存します。/);
    assert.match(html, /相当な理由があるとき/);
    assert.match(html, /<strong>重要な<\/strong>お知らせ/);
    assert.match(html, /株式会社例示<br>\n東京都千代田区例示町一丁目<br>/);
    assert.match(html, /as long\nas the purpose/);
  });

  test('pseudo-headings become headings with their numbers as written', () => {
    const text = joinLines('個人情報の取扱いについて', '', '1. 利用目的', '', '当社は、次の目的で利用します。', '', '2. 第三者提供', '', '当社は、提供しません。');
    const { html, toc } = renderText(text);
    assert.match(html, /<h2 data-line="2" id="section-1" class="pseudo-heading">1\. 利用目的<\/h2>/);
    assert.deepEqual(toc.map((entry) => entry.text), ['1. 利用目的', '2. 第三者提供']);
  });

  test('list items keep the numbers the writer typed, gaps included', () => {
    const { html } = renderText(joinLines('# 目的', '', '1. 一つ目', '2. 二つ目', '4. 四つ目'));
    assert.deepEqual([...html.matchAll(/<li data-line="\d+" value="(\d+)">/g)].map((m) => m[1]), ['1', '2', '4']);
  });

  test('headings drop their {#kind} attribute and use it as their anchor', () => {
    const { html, toc } = renderText(joinLines('# プライバシーポリシー', '', '## お問い合わせ窓口 {#contact}', '', '窓口までご連絡ください。'));
    assert.match(html, /<h2 data-line="2" id="contact">お問い合わせ窓口<\/h2>/);
    assert.equal(toc[1].id, 'contact');
  });

  test('::clause expands to the statutory list in the policy’s own words', () => {
    const text = joinLines('# 第三者提供', '', 'お客様の同意なく提供するのは、次の場合に限ります。お客様には事前にお知らせします。', '', '::clause{ref="appi-27-1"}');
    const { html } = renderText(text);
    const list = /<ol class="clause" data-line="4">([\s\S]*?)<\/ol>/.exec(html);
    assert.ok(list, html);
    assert.equal(list[1].match(/<li>/g)?.length, getClauseSet('appi-27-1')?.items.length);
    assert.match(list[1], /お客様の同意を得ることが困難であるとき/);
    assert.doesNotMatch(list[1], /本人の同意/);
  });

  test('an unknown clause reference is shown, escaped, instead of vanishing', () => {
    const { html } = renderText(joinLines('# 例外', '', '::clause{ref="<b>nope</b>"}'));
    assert.match(html, /<p class="clause-missing" data-line="2">［条項セット「&#x3C;b>nope&#x3C;\/b>」は見つかりません］<\/p>/);
  });

  test('every rendered block carries its source line', () => {
    const { html } = renderText(fixture('japanese-line-breaks.policy.md'));
    const blocks = [...html.matchAll(/<(h[1-6]|p|ul|ol|li|table|tr|blockquote|pre)\b([^>]*)>/g)].filter(([, tag], i, all) => !(tag === 'p' && all[i - 1]?.[1] === 'li'));
    assert.ok(blocks.length > 5);
    for (const [tag, , attributes] of blocks) assert.match(attributes, /data-line="\d+"/, `<${tag}> without data-line`);
  });

  test('raw HTML, script URLs and directive attributes never reach the output', () => {
    const { html } = renderText(fixture('hostile.policy.md'));
    const allowedTags = new Set(['a', 'b', 'br', 'code', 'div', 'h1', 'img', 'li', 'ol', 'p', 'pre', 'span', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    for (const [tag, name, attributes] of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
      assert.ok(allowedTags.has(name.toLowerCase()), `unexpected element ${tag}`);
      assert.doesNotMatch(attributes, /\son\w+=|javascript:|vbscript:|data:|style=|policy-preview-state/i, tag);
    }
    assert.doesNotMatch(html, /<!--|__pwned = '(?:svg-script|after-comment|script-block)'/);
    assert.match(html, /<a href="https:\/\/example\.com\/policy">正しいリンク<\/a>/);
    assert.match(html, /<a href="mailto:privacy@example\.jp">メール<\/a>/);
    assert.match(html, /<td>氏名<br>/);
    assert.match(html, /中身は<b>残ります<\/b>|中身は残ります/);
  });

  test('rendering leaves the cached parse untouched', () => {
    const service = createPolicyLanguageService();
    const textDocument = TextDocument.create('file:///cache.policy.md', 'policy-markdown', 1, fixture('japanese-line-breaks.policy.md') + '\n\n::clause{ref="appi-27-1"}\n');
    const document = service.getDocument(textDocument, { messageLanguage: 'ja' });
    const before = JSON.stringify(document.root);
    const first = renderPolicy(document).html;
    assert.equal(JSON.stringify(document.root), before);
    assert.equal(renderPolicy(document).html, first);
  });

  test('the standalone page is self-contained: language, inline CSS, contents, no scripts', () => {
    const page = renderPolicyPage(analyze(fixture('hostile.policy.md')).document, { generator: 'policymd test' });
    assert.match(page, /^<!DOCTYPE html>\n<html lang="ja">/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(page, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
    assert.match(page, /<title>攻撃テスト用のポリシー<\/title>/);
    assert.doesNotMatch(page, /<script|<link|src="https?:/i);
    const english = renderPolicyPage(analyze(joinLines('# Privacy Policy', '', '## Data we collect', '', 'Names.', '', '## Contact', '', 'Write to us.')).document);
    assert.match(english, /<html lang="en">/);
    assert.match(english, /<nav class="toc" aria-label="Contents">[\s\S]*<a href="#section-2">Data we collect<\/a>/);
  });

  test('the render request returns the version rendered and, when asked, where the findings are', () => {
    const service = createPolicyLanguageService();
    const textDocument = TextDocument.create('file:///request.policy.md', 'policy-markdown', 7, readFileSync(join(fixturesDir, 'documents', 'pasted.policy.md'), 'utf8'));
    const plain = renderForRequest(service, textDocument, { messageLanguage: 'en' });
    assert.equal(plain.version, 7);
    assert.deepEqual(plain.markers, []);
    const marked = renderForRequest(service, textDocument, { messageLanguage: 'en' }, { diagnostics: true });
    assert.ok(marked.markers.length > 0);
    for (const marker of marked.markers) assert.ok(marker.messages.every((message) => /\[[a-z-]+\]$/.test(message)));
    const page = renderForRequest(service, textDocument, { messageLanguage: 'en' }, { mode: 'page' });
    assert.match(page.html, /^<!doctype html>/i);
  });

  test('policymd render writes the page to -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policymd-render-'));
    try {
      const source = join(dir, 'policy.policy.md');
      writeFileSync(source, fixture('japanese-line-breaks.policy.md'));
      const printed: string[] = [];
      const context = { cwd: dir, version: 'test', print: (text: string) => printed.push(text), printError: (text: string) => printed.push(text) };
      assert.equal(render(['policy.policy.md', '-o', 'out.html'], context), 0);
      const page = readFileSync(join(dir, 'out.html'), 'utf8');
      assert.match(page, /<html lang="ja">/);
      assert.match(page, /遅滞なく消去します/);
      assert.deepEqual(printed, []);
      assert.throws(() => render([], context), /exactly one file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
