/**
 * The preview script in headless Chromium: scrolling with the editor and back, the cursor mark,
 * finding markers, and refusing an older rendering after a newer one.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNonce, previewShell } from '../../client/src/preview/html';
import { renderPolicy } from '../../server/src/language/features/render';
import { analyze } from '../unit/helpers';
import { buildPreviewScript, executablePath, launchArgs, origin, probe, servePage, type ProbeWindow } from './page';

/** 30 sections of two paragraphs each, so that every other source line starts a block. */
function longPolicy(): string {
  const lines = ['# 長いポリシー', ''];
  for (let i = 1; i <= 30; i++) lines.push(`## 第${i}条（見出し${i}）`, '', `第${i}条の本文です。当社は、この条に定めるとおり個人情報を取り扱います。`, '', `第${i}条の補足です。`, '');
  return lines.join('\n');
}

async function topOfLine(page: Page, line: number): Promise<number> {
  return page.evaluate((wanted) => {
    const w = globalThis as unknown as ProbeWindow;
    const element = w.document.querySelectorAll(`[data-line="${wanted}"]`)[0];
    return element.getBoundingClientRect().top + w.scrollY;
  }, line);
}

async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate((data) => (globalThis as unknown as ProbeWindow).postMessage(data, '*'), message);
}

async function classesOf(page: Page, line: number): Promise<{ className: string; title: string | null }> {
  return page.evaluate((wanted) => {
    const all = (globalThis as unknown as ProbeWindow).document.querySelectorAll(`[data-line="${wanted}"]`);
    const element = all[all.length - 1] as unknown as { className: string; getAttribute(name: string): string | null };
    return { className: element.className, title: element.getAttribute('title') };
  }, line);
}

suite('preview scrolling and updates (headless Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let scratch: string;
  let page: Page;

  suiteSetup(async () => {
    assert.ok(existsSync(executablePath), `Chromium not found at ${executablePath}: apt-get install -y chromium fonts-ipafont-gothic, or set POLICYMD_CHROMIUM`);
    scratch = mkdtempSync(join(tmpdir(), 'policymd-browser-'));
    const script = buildPreviewScript(scratch);
    browser = await chromium.launch({ executablePath, args: launchArgs, headless: true });
    const rendered = renderPolicy(analyze(longPolicy()).document);
    const html = previewShell({ cspSource: origin, nonce: createNonce(), scriptUri: `${origin}/preview.js`, lang: rendered.lang, title: rendered.title, body: rendered.html, state: { uri: 'file:///long.policy.md', version: 5, line: 0 } });
    ({ page } = await servePage(browser, {
      [`${origin}/index.html`]: { body: html, contentType: 'text/html; charset=utf-8' },
      [`${origin}/preview.js`]: { body: script, contentType: 'text/javascript' },
    }));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__messages.some((m) => m.type === 'ready'));
  });

  suiteTeardown(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the editor scrolls the preview: a source line lands at the top, without an echo', async () => {
    await send(page, { type: 'scrollTo', line: 92 });
    await page.waitForTimeout(300);
    const scrollY = await page.evaluate(() => (globalThis as unknown as ProbeWindow).scrollY);
    assert.ok(Math.abs(scrollY - (await topOfLine(page, 92))) <= 2, `scrollY ${scrollY}`);
    // Halfway between two blocks scrolls halfway between them.
    await send(page, { type: 'scrollTo', line: 93 });
    await page.waitForTimeout(300);
    const between = await page.evaluate(() => (globalThis as unknown as ProbeWindow).scrollY);
    const [from, to] = [await topOfLine(page, 92), await topOfLine(page, 94)];
    assert.ok(Math.abs(between - (from + to) / 2) <= 2, `scrollY ${between} not between ${from} and ${to}`);
    assert.equal((await probe(page)).messages.filter((m) => m.type === 'scrolled').length, 0);
  });

  test('scrolling the preview tells the editor which source line is at the top', async () => {
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__messages.some((m) => m.type === 'scrolled'));
    const scrolled = (await probe(page)).messages.filter((m) => m.type === 'scrolled');
    const line = scrolled[scrolled.length - 1].line ?? 0;
    assert.ok(line > 93 && line < 160, `line ${line}`);
  });

  test('the cursor marks its block', async () => {
    await send(page, { type: 'cursor', line: 51 });
    await page.waitForTimeout(100);
    assert.match((await classesOf(page, 50)).className, /\bactive-line\b/);
  });

  test('findings mark their blocks; an older rendering never replaces a newer one', async () => {
    const html = renderPolicy(analyze(longPolicy()).document).html;
    await send(page, { type: 'update', version: 7, html, markers: [{ line: 8, severity: 'warning', messages: ['例の指摘 [example-rule]'] }] });
    await page.waitForTimeout(100);
    const marked = await classesOf(page, 8);
    assert.match(marked.className, /\bhas-finding\b.*\bfinding-warning\b/);
    assert.equal(marked.title, '例の指摘 [example-rule]');
    await send(page, { type: 'update', version: 6, html: '<p data-line="0">古い版</p>', markers: [] });
    await page.waitForTimeout(100);
    assert.equal(await page.locator('text=古い版').count(), 0);
    assert.equal(await page.locator('[data-line="8"].has-finding').count(), 1);
  });
});
