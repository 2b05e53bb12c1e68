/**
 * Loads a hostile policy, rendered by the engine, into headless Chromium twice: inside the preview's
 * webview shell (same CSP, same script) and as the exported page. Every request is routed and
 * recorded; only the page itself and the preview script may be fetched, and no planted payload may run.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNonce, previewShell } from '../../client/src/preview/html';
import { renderPolicy, renderPolicyPage } from '../../server/src/language/features/render';
import { analyze, fixturesDir } from '../unit/helpers';
import { buildPreviewScript, dangerousAttributes, executablePath, launchArgs, origin, probe, servePage, type ProbeWindow } from './page';

async function hoverAndClickEverything(page: Page, options: { links: boolean }): Promise<void> {
  const targets = page.locator(options.links ? 'main a, main img, main b, main span, main h1, main td' : 'main img, main b, main span, main h1, main td');
  const count = await targets.count();
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    if (!(await target.isVisible())) continue;
    await target.hover({ timeout: 2000 }).catch(() => undefined);
    await target.click({ timeout: 2000 }).catch(() => undefined);
  }
}

suite('preview security (headless Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let scratch: string;
  let script: string;
  const hostile = () => readFileSync(join(fixturesDir, 'render', 'hostile.policy.md'), 'utf8');

  suiteSetup(async () => {
    assert.ok(existsSync(executablePath), `Chromium not found at ${executablePath}: apt-get install -y chromium fonts-ipafont-gothic, or set POLICYMD_CHROMIUM`);
    scratch = mkdtempSync(join(tmpdir(), 'policymd-browser-'));
    script = buildPreviewScript(scratch);
    browser = await chromium.launch({ executablePath, args: launchArgs, headless: true });
  });

  suiteTeardown(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the preview webview runs its own script and nothing from the document', async () => {
    // A remote image in the source: the webview's CSP must stop it before any request leaves.
    const text = `${hostile()}\n\n![追跡画像](https://evil.example/pixel.png)\n`;
    const rendered = renderPolicy(analyze(text).document);
    const html = previewShell({
      cspSource: origin,
      nonce: createNonce(),
      scriptUri: `${origin}/preview.js`,
      baseUri: `${origin}/`,
      lang: rendered.lang,
      title: rendered.title,
      body: rendered.html,
      state: { uri: 'file:///hostile.policy.md', version: 1, line: 0 },
    });
    const { page, stray, dialogs } = await servePage(browser, {
      [`${origin}/index.html`]: { body: html, contentType: 'text/html; charset=utf-8' },
      [`${origin}/preview.js`]: { body: script, contentType: 'text/javascript' },
    });
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__messages.some((m) => m.type === 'ready'));
    assert.deepEqual(await dangerousAttributes(page), []);
    await hoverAndClickEverything(page, { links: true });

    // Defence in depth: even unsanitised markup pushed through the update path cannot run.
    await page.evaluate(() => {
      const w = globalThis as unknown as ProbeWindow;
      w.postMessage({ type: 'update', version: 2, markers: [], html: '<img src="data:image/png;base64,AAAA" onerror="window.__pwned=\'update-img\'"><script>window.__pwned=\'update-script\'</script>' }, '*');
    });
    await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).document.querySelectorAll('main img[src^="data:"]').length === 1);
    await page.waitForTimeout(300);

    const seen = await probe(page);
    assert.equal(seen.pwned, undefined, `a payload ran: ${String(seen.pwned)}`);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(stray, []);
    assert.equal(page.url(), `${origin}/index.html`, 'the webview navigated away');
    const links = seen.messages.filter((m) => m.type === 'openLink').map((m) => m.href);
    assert.ok(links.length > 0, 'no link click reached the extension');
    for (const href of links) assert.match(href ?? '', /^(?:https?:|mailto:)/);
    assert.ok(seen.messages.some((m) => m.type === 'reveal'), 'clicking a heading did not ask the editor to reveal it');
  });

  test('control: the probe does see a handler run where the CSP would allow it', async () => {
    const unsafe = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; script-src 'unsafe-inline'"></head><body><main><img src="data:image/png;base64,AAAA" onerror="window.__pwned='control'"></main></body></html>`;
    const { page } = await servePage(browser, { [`${origin}/control.html`]: { body: unsafe, contentType: 'text/html; charset=utf-8' } });
    await page.goto(`${origin}/control.html`);
    await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__pwned !== undefined);
    assert.equal((await probe(page)).pwned, 'control');
  });

  test('the exported page has no scripts, no handlers and makes no requests', async () => {
    const page = renderPolicyPage(analyze(hostile()).document, { generator: 'policymd test' });
    const { page: tab, stray, dialogs } = await servePage(browser, { 'https://policy.test/privacy.html': { body: page, contentType: 'text/html; charset=utf-8' } });
    await tab.goto('https://policy.test/privacy.html');
    await hoverAndClickEverything(tab, { links: false });
    await tab.waitForTimeout(200);
    const seen = await probe(tab);
    assert.equal(seen.pwned, undefined, `a payload ran: ${String(seen.pwned)}`);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await dangerousAttributes(tab), []);
    assert.equal(await tab.locator('script').count(), 0);
    assert.equal(await tab.evaluate(() => (globalThis as unknown as ProbeWindow).document.documentElement.lang), 'ja');
    assert.deepEqual(stray, []);
  });
});
