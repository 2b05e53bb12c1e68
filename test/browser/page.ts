// Shared by the browser suites: a headless Chromium whose every request is routed, a fake webview
// API that records what the preview script posts, and the preview script built fresh from source.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../unit/helpers';

export const executablePath = process.env.POLICYMD_CHROMIUM ?? '/usr/bin/chromium';
export const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const origin = 'https://webview.test';

/** What the page-side probe sees: window.__pwned, dialogs and the messages the script posted. */
export interface Probe {
  pwned: unknown;
  messages: { type: string; href?: string; line?: number }[];
}

/** The DOM as seen from page.evaluate; the test project compiles without the DOM library. */
export interface ProbeWindow {
  __pwned?: unknown;
  __messages: Probe['messages'];
  acquireVsCodeApi?: () => unknown;
  scrollY: number;
  postMessage(message: unknown, target: string): void;
  document: {
    querySelectorAll(selector: string): ArrayLike<{ attributes: ArrayLike<{ name: string; value: string }>; tagName: string; className: string; getBoundingClientRect(): { top: number } }>;
    documentElement: { lang: string };
  };
}

export function buildPreviewScript(outDir: string): string {
  const esbuild = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild');
  const outfile = join(outDir, 'preview.js');
  execFileSync(esbuild, [join(repoRoot, 'client/src/preview/webview/main.ts'), '--bundle', '--platform=browser', '--format=iife', `--outfile=${outfile}`, '--log-level=error']);
  return readFileSync(outfile, 'utf8');
}

/** Serves `files` from the fake origin and records (and refuses) every other request. */
export async function servePage(browser: Browser, files: Record<string, { body: string; contentType: string }>): Promise<{ page: Page; stray: string[]; dialogs: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 900, height: 700 } });
  const stray: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const file = files[url];
    if (file) await route.fulfill({ status: 200, body: file.body, contentType: file.contentType });
    else {
      stray.push(url);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Stands in for VS Code's webview API; a probe, not part of the page under test.
  await page.addInitScript(() => {
    const probe = globalThis as unknown as ProbeWindow;
    probe.__messages = [];
    probe.acquireVsCodeApi = () => ({ postMessage: (message: Probe['messages'][number]) => probe.__messages.push(message), getState: () => undefined, setState: () => undefined });
  });
  return { page, stray, dialogs };
}

export async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const w = globalThis as unknown as ProbeWindow;
    return { pwned: w.__pwned, messages: w.__messages };
  });
}

/** Attributes that would run code or load something if the sanitiser had let them through. */
export async function dangerousAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const all = (globalThis as unknown as ProbeWindow).document.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const element = all[i];
      for (let j = 0; j < element.attributes.length; j++) {
        const { name, value } = element.attributes[j];
        if (/^on/i.test(name) || /^\s*(?:javascript|vbscript|data):/i.test(value)) found.push(`${element.tagName} ${name}=${value}`);
      }
    }
    return found;
  });
}
