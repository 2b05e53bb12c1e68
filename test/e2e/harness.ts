/**
 * Browser end-to-end harness: a real VS Code (code-server) driven by headless Chromium.
 *
 * The scenarios test what a person sees, so everything here goes through the UI the
 * way a person would (Quick Open, the command palette, the keyboard) and reads back the
 * rendered DOM. Every wait is a poll with a deadline: the web workbench renders
 * asynchronously and the language server answers when it answers, so fixed sleeps
 * would be either flaky or slow.
 *
 * Environment:
 *   POLICYMD_ROOT         repo root (outputs go to <root>/test-output/e2e); default cwd
 *   POLICYMD_CODE_SERVER  code-server install dir (scripts/e2e/install-code-server.sh
 *                         prints it); default ${POLICYMD_E2E_CACHE:-~/.cache/policymd-e2e}/code-server-4.100.3
 *   POLICYMD_CHROMIUM     browser executable; default /usr/bin/chromium
 *   POLICYMD_E2E_VSIX     the packaged extension; default <root>/dist/policy-markdown.vsix
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';

// ---------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------

export function repoRoot(): string {
  return path.resolve(process.env.POLICYMD_ROOT ?? process.cwd());
}

export function codeServerDir(): string {
  if (process.env.POLICYMD_CODE_SERVER) return path.resolve(process.env.POLICYMD_CODE_SERVER);
  const cache = process.env.POLICYMD_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'policymd-e2e');
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

export function chromiumPath(): string {
  return process.env.POLICYMD_CHROMIUM ?? '/usr/bin/chromium';
}

/** The packaged extension, or undefined while it has not been built yet. */
export function extensionVsix(): string | undefined {
  const vsix = process.env.POLICYMD_E2E_VSIX ?? path.join(repoRoot(), 'dist', 'policy-markdown.vsix');
  return fs.existsSync(vsix) ? vsix : undefined;
}

export function outputDir(): string {
  const dir = path.join(repoRoot(), 'test-output', 'e2e');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Creates a throwaway workspace folder holding the given files (paths relative to it). */
export async function makeWorkspace(files: Record<string, string>, name = 'workspace'): Promise<string> {
  const parent = await fsp.mkdtemp(path.join(os.tmpdir(), 'policymd-e2e-ws-'));
  // A stable, readable folder name: it shows in the explorer and in screenshots.
  const root = path.join(parent, name);
  await fsp.mkdir(root);
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, text, 'utf8');
  }
  return root;
}

export async function removeWorkspace(root: string): Promise<void> {
  await fsp.rm(path.dirname(root), { recursive: true, force: true, maxRetries: 3 });
}

// ---------------------------------------------------------------------------------
// Polling
// ---------------------------------------------------------------------------------

export interface WaitForOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Says what was awaited; the timeout error carries it and the last value seen. */
  message?: string;
}

/**
 * Polls until the predicate returns a truthy value and returns that value. Errors thrown
 * by the predicate count as "not yet" (the DOM is often mid-render), but the last one is
 * reported on timeout so a broken selector is not mistaken for a slow server.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  { timeoutMs = 30_000, intervalMs = 100, message = 'condition' }: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await predicate();
      lastError = undefined;
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError !== undefined ? `last error: ${String(lastError)}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message} (${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
}

// ---------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * Settings that keep the workbench quiet and deterministic: no welcome page, no
 * notifications about updates, recommendations or trust, and no minimap (it would
 * duplicate text in the DOM and in screenshots).
 */
export const DEFAULT_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  // Whitespace glyphs (·, →) would otherwise appear in the text read back from selections.
  'editor.renderWhitespace': 'none',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

export interface CodeServerOptions {
  workspace: string;
  /** Installed into the fresh extensions dir before the server starts. */
  vsix?: string;
  /** Merged over DEFAULT_USER_SETTINGS. */
  userSettings?: Record<string, unknown>;
  /** Display language of the workbench (code-server --locale), e.g. 'en' or 'ja'. */
  locale?: string;
  startTimeoutMs?: number;
}

export interface CodeServer {
  readonly port: number;
  readonly url: string;
  readonly workspace: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Everything code-server printed so far (for failure reports). */
  log(): string;
  stop(): Promise<void>;
}

// Process groups still running, so that an abrupt exit of the test process (an
// uncaught error, Ctrl+C) does not leave code-server and its extension host behind.
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we want.
  }
}

/**
 * The child must not inherit the variables of a surrounding VS Code (a test run from
 * VS Code's terminal): with VSCODE_IPC_HOOK_CLI set, `--install-extension` talks to that
 * outer editor instead of our fresh extensions dir.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'PASSWORD' || key === 'HASHED_PASSWORD') continue;
    env[key] = value;
  }
  return env;
}

function entryJs(): string {
  const entry = path.join(codeServerDir(), 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server not found at ${entry}; run scripts/e2e/install-code-server.sh (or set POLICYMD_CODE_SERVER)`);
  }
  return entry;
}

/** Arguments that keep code-server away from the user's own config and data. */
function isolationArgs(dirs: { userDataDir: string; extensionsDir: string; config: string }): string[] {
  return ['--config', dirs.config, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

async function installVsix(vsix: string, dirs: { userDataDir: string; extensionsDir: string; config: string }): Promise<void> {
  const args = [entryJs(), ...isolationArgs(dirs), '--install-extension', path.resolve(vsix)];
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, args, { env: childEnv(), timeout: 120_000 }, (error, stdout, stderr) => {
      // code-server exits 0 even for some failures, so the success line is checked too.
      if (error || !/successfully installed/i.test(stdout + stderr)) {
        reject(new Error(`Installing ${vsix} failed: ${error?.message ?? ''}\n${stdout}\n${stderr}`));
      } else {
        resolve();
      }
    });
  });
}

async function httpAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const entry = entryJs();
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'policymd-e2e-cs-'));
  const dirs = {
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
  };
  try {
    await fsp.mkdir(path.join(dirs.userDataDir, 'User'), { recursive: true });
    await fsp.mkdir(dirs.extensionsDir, { recursive: true });
    // An explicit config file, or code-server reads (and on first run writes) ~/.config/code-server/config.yaml.
    await fsp.writeFile(dirs.config, 'auth: none\ncert: false\n', 'utf8');
    // code-server keeps user settings server-side, in the user-data dir.
    await fsp.writeFile(
      path.join(dirs.userDataDir, 'User', 'settings.json'),
      JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...options.userSettings }, null, 2),
      'utf8',
    );
    if (options.vsix) await installVsix(options.vsix, dirs);

    // Another process may take the port between freePort() and code-server's bind.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        return await launch(entry, port, root, dirs, options);
      } catch (error) {
        if (attempt >= 3 || !/EADDRINUSE/.test(String(error))) throw error;
      }
    }
  } catch (error) {
    await fsp.rm(root, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}

async function launch(
  entry: string,
  port: number,
  root: string,
  dirs: { userDataDir: string; extensionsDir: string; config: string },
  options: CodeServerOptions,
): Promise<CodeServer> {
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.userSettings?.['security.workspace.trust.enabled'] ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...isolationArgs(dirs),
    ...(options.locale ? ['--locale', options.locale] : []),
    options.workspace,
  ];
  // detached: its own process group, so stop() reaches the extension host, the pty host
  // and the file watcher that code-server forks, not just the entry process.
  const child: ChildProcess = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() });
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  liveGroups.add(pid);

  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    resolve();
  }));

  const stop = async (): Promise<void> => {
    if (!exited) {
      killGroup(pid, 'SIGTERM');
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([exit, timer])) === 'timeout') killGroup(pid, 'SIGKILL');
    }
    // Children that outlived the entry process (it does not always wait for them).
    killGroup(pid, 'SIGKILL');
    liveGroups.delete(pid);
    await fsp.rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`code-server exited early:\n${output}`);
        return httpAnswers(`${url}/healthz`);
      },
      { timeoutMs: options.startTimeoutMs ?? 60_000, intervalMs: 200, message: `code-server on ${url}` },
    );
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- code-server output ---\n${output}`);
  }

  return {
    port,
    url,
    workspace: options.workspace,
    userDataDir: dirs.userDataDir,
    extensionsDir: dirs.extensionsDir,
    log: () => output,
    stop,
  };
}

// ---------------------------------------------------------------------------------
// The workbench in Chromium
// ---------------------------------------------------------------------------------

export interface OpenWorkbenchOptions {
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

export interface StatusBarItem {
  /** e.g. 'status.editor.mode', or '<publisher>.<extension>.<item id>' for extension items. */
  id: string;
  text: string;
  ariaLabel: string;
  /** Codicon names shown in the item, e.g. ['check'] for $(check). */
  icons: string[];
}

export interface ProblemRow {
  kind: 'file' | 'marker';
  /** For a marker row, the file row above it. */
  file: string;
  severity?: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  source?: string;
  code?: string;
  /** 1-based, as shown in the row's "[Ln 3, Col 5]". */
  line?: number;
  column?: number;
  /** The accessible label, e.g. "Warning: ... at line 2 and character 22." */
  ariaLabel: string;
}

export interface SuggestItem {
  label: string;
  /** Right-hand detail text of the row (shown for the focused row). */
  detail: string;
  ariaLabel: string;
  focused: boolean;
}

/**
 * The minimal DOM surface used inside page callbacks. The project compiles without
 * the DOM lib (the server and CLI must not see browser globals), so callbacks that run
 * in the page describe what they touch themselves.
 */
interface DomElement {
  readonly id: string;
  readonly className: string;
  readonly textContent: string | null;
  readonly innerText: string;
  readonly style: { readonly top: string };
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

// Selectors of the VS Code 1.100 web workbench.
const SEL = {
  workbench: '.monaco-workbench',
  explorer: '.explorer-folders-view',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeTab: '.part.editor .tabs-container .tab.active',
  activeEditor: '.part.editor .editor-group-container.active .editor-instance .monaco-editor',
  statusItem: '#workbench\\.parts\\.statusbar .statusbar-item',
  selectionStatus: '#status\\.editor\\.selection',
  problemsPanel: '.markers-panel',
  problemsRow: '.markers-panel .monaco-list-row',
  hover: '.monaco-editor .monaco-hover:not(.hidden)',
  suggestRow: '.editor-widget.suggest-widget.visible .monaco-list-row',
  actionRow: '.action-widget .monaco-list-row.action',
} as const;

export async function openWorkbench(server: CodeServer, options: OpenWorkbenchOptions = {}): Promise<Workbench> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', // we run as root in a container
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    // A fresh context is a fresh profile: no state leaks between scenarios.
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    const workbench = new Workbench(browser, context, page, server);
    await workbench.load(options.timeoutMs ?? 90_000);
    return workbench;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export class Workbench {
  /** Browser console errors and page errors, for failure reports. */
  readonly consoleErrors: string[] = [];

  constructor(
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly server: CodeServer,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(String(error)));
  }

  async load(timeoutMs: number): Promise<void> {
    const url = `${this.server.url}/?folder=${encodeURIComponent(this.server.workspace)}`;
    await this.page.goto(url, { timeout: timeoutMs });
    await this.page.waitForSelector(SEL.workbench, { timeout: timeoutMs });
    // The explorer listing the folder's files means the remote file system is connected
    // and the workbench is interactive; keys pressed before that can be lost.
    const hasFiles = fs.readdirSync(this.server.workspace).length > 0;
    await this.page.waitForSelector(hasFiles ? SEL.explorerRow : SEL.explorer, { timeout: timeoutMs });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  // --- quick input -----------------------------------------------------------------

  private async openQuickInput(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** Opens a workspace file (path relative to the workspace) through Quick Open. */
  async openFile(relativePath: string, { timeoutMs = 30_000 } = {}): Promise<void> {
    const name = path.basename(relativePath);
    const dir = path.dirname(relativePath);
    await this.openQuickInput('Control+P');
    await this.page.keyboard.type(relativePath);
    // Quick Open's file index comes from ripgrep and can lag behind a file written just
    // now, and fuzzy ranking may put a similar name first: wait until the focused row is
    // this very file (its label and, for nested files, its folder description).
    const row = this.page.locator(`${SEL.quickInputRow}.focused`);
    await waitFor(
      async () => {
        const label = (await row.locator('.label-name').textContent({ timeout: 500 }))?.trim();
        if (label !== name) return false;
        if (dir === '.') return true;
        const description = (await row.locator('.label-description').textContent({ timeout: 500 })) ?? '';
        return description.replace(/\\/g, '/').endsWith(dir.replace(/\\/g, '/'));
      },
      { timeoutMs, message: `Quick Open to offer ${relativePath}` },
    );
    await this.page.keyboard.press('Enter');
    await this.waitForActiveEditor(name, { timeoutMs });
  }

  /** Waits until the active tab shows the given file name and its text is rendered. */
  async waitForActiveEditor(fileName: string, { timeoutMs = 30_000 } = {}): Promise<void> {
    await waitFor(
      async () => (await this.page.locator(SEL.activeTab).getAttribute('data-resource-name', { timeout: 500 })) === fileName,
      { timeoutMs, message: `an editor tab for ${fileName}` },
    );
    await this.page.locator(`${SEL.activeEditor} .view-lines`).waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /**
   * Runs a command from the command palette by its label as shown there, e.g.
   * 'Policy Markdown: Restart Server'. The row with exactly that label is chosen, so a
   * recently used command with a similar name cannot be run instead.
   */
  async runCommand(label: string, { timeoutMs = 15_000 } = {}): Promise<void> {
    await this.openQuickInput('F1');
    await this.page.keyboard.type(label);
    const row = this.page.locator(SEL.quickInputRow).filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
    });
    await row.first().waitFor({ state: 'visible', timeout: timeoutMs });
    await row.first().click();
    await this.page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  // --- editor ---------------------------------------------------------------------

  /** Moves the cursor with Go to Line (Ctrl+G); line and column are 1-based. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.openQuickInput('Control+G');
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    // The status bar shows the cursor once the editor has moved it; the numbers are
    // read without the words so that a Japanese UI ("行 3、列 5") works as well.
    await waitFor(async () => {
      const text = await this.page.locator(SEL.selectionStatus).innerText({ timeout: 500 });
      const numbers = text.match(/\d+/g)?.map(Number) ?? [];
      return numbers[0] === line && numbers[1] === column;
    }, { timeoutMs: 10_000, message: `the cursor at ${line}:${column}` });
  }

  /**
   * Types at a position as a person would, key by key, so completion, auto-closing and
   * on-type formatting take part. Use `insert: true` to paste the text in one go instead
   * (no key events: nothing pops up and '\n' does not accept a suggestion).
   */
  async typeAt(line: number, column: number, text: string, { insert = false } = {}): Promise<void> {
    await this.goTo(line, column);
    await this.typeText(text, { insert });
  }

  async typeText(text: string, { insert = false } = {}): Promise<void> {
    if (insert) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.type(text);
  }

  /**
   * The text of the active editor's rendered lines, top to bottom. Only lines in the
   * viewport are in the DOM, and Monaco reuses line nodes out of order, hence the sort.
   * Injected text (inlay hints, the colour swatch before a CSS colour) is rendered inside
   * the line with a `dyn-rule-*` class; it is left out unless `injected` is set, so the
   * result is the document's text.
   */
  async visibleText({ injected = false } = {}): Promise<string> {
    const lines = await this.page.locator(`${SEL.activeEditor} .view-lines .view-line`).evaluateAll((nodes, keepInjected) =>
      (nodes as unknown as DomElement[]).map((node) => {
        const parts = Array.from(node.querySelectorAll(':scope > span > span'));
        const text = parts.length === 0
          ? node.textContent ?? ''
          : parts.filter((part) => keepInjected || !/\bdyn-rule-/.test(part.className)).map((part) => part.textContent ?? '').join('');
        return { top: parseFloat(node.style.top) || 0, text };
      }), injected);
    return lines
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, ' '))
      .join('\n');
  }

  /** Waits until the active editor shows the given text (or matches the pattern). */
  async waitForText(expected: string | RegExp, { timeoutMs = 15_000 } = {}): Promise<string> {
    return waitFor(async () => {
      const text = await this.visibleText();
      const found = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
      return found ? text : '';
    }, { timeoutMs, message: `editor text ${String(expected)}` });
  }

  /** Language mode shown in the status bar, e.g. 'Policy Markdown' or 'Markdown'. */
  async languageMode(): Promise<string> {
    return (await this.page.locator('#status\\.editor\\.mode').innerText({ timeout: 5_000 })).trim();
  }

  // --- status bar -----------------------------------------------------------------

  async statusBarItems(): Promise<StatusBarItem[]> {
    return this.page.locator(SEL.statusItem).evaluateAll((nodes) =>
      (nodes as unknown as DomElement[]).map((node) => ({
        id: node.id,
        text: node.innerText.replace(/\s+/g, ' ').trim(),
        ariaLabel: node.getAttribute('aria-label') ?? '',
        icons: Array.from(node.querySelectorAll('.codicon'))
          .flatMap((icon) => icon.className.split(/\s+/))
          .filter((name) => name.startsWith('codicon-'))
          .map((name) => name.slice('codicon-'.length)),
      })),
    );
  }

  /** Waits for a status bar item whose id, text or aria-label matches. */
  async waitForStatusBarItem(match: string | RegExp | ((item: StatusBarItem) => boolean), { timeoutMs = 30_000 } = {}): Promise<StatusBarItem> {
    const test = typeof match === 'function'
      ? match
      : (item: StatusBarItem) => [item.id, item.text, item.ariaLabel].some((value) =>
          typeof match === 'string' ? value.includes(match) : match.test(value));
    return waitFor(async () => (await this.statusBarItems()).find(test), { timeoutMs, message: `status bar item ${String(match)}` });
  }

  // --- Problems panel -------------------------------------------------------------

  /** Opens the Problems panel if it is not showing (its shortcut toggles, so no blind Ctrl+Shift+M). */
  async showProblems(): Promise<void> {
    if (await this.page.locator(SEL.problemsPanel).isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator(SEL.problemsPanel).waitFor({ state: 'visible', timeout: 10_000 });
  }

  /**
   * The rows of the Problems panel as rendered. The tree is virtualised: with many
   * problems only those scrolled into view are read, so keep scenario files small.
   */
  async problems(): Promise<ProblemRow[]> {
    await this.showProblems();
    return toProblemRows(await this.rawProblemRows());
  }

  /**
   * Every row of the Problems panel, not only those in view: the tree is scrolled from
   * the top with the mouse wheel and the rows are collected by their index until a
   * scroll brings nothing new. For documents with more findings than the panel shows.
   */
  async allProblems({ timeoutMs = 30_000 } = {}): Promise<ProblemRow[]> {
    await this.showProblems();
    const list = this.page.locator(`${SEL.problemsPanel} .monaco-list`).first();
    const box = await waitFor(async () => list.boundingBox(), { timeoutMs: 10_000, message: 'the Problems list' });
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, -1_000_000);
    await waitFor(async () => (await this.rawProblemRows()).some((row) => row.index === 0), { timeoutMs: 5_000, message: 'the Problems list scrolled to the top' });
    const seen = new Map<number, RawProblemRow>();
    const deadline = Date.now() + timeoutMs;
    for (let idle = 0; idle < 2 && Date.now() < deadline;) {
      const before = seen.size;
      for (const row of await this.rawProblemRows()) seen.set(row.index, row);
      const lastIndex = Math.max(...seen.keys());
      await this.page.mouse.wheel(0, box.height * 0.8);
      // Wait for the scroll to render new rows; when nothing new comes the end was reached.
      const moved = await waitFor(async () => (await this.rawProblemRows()).some((row) => row.index > lastIndex), { timeoutMs: 1_000, intervalMs: 50 })
        .then(() => true, () => false);
      idle = moved || seen.size > before ? 0 : idle + 1;
    }
    return toProblemRows([...seen.values()]);
  }

  private async rawProblemRows(): Promise<RawProblemRow[]> {
    // Only the rows of the list itself: the tree's sticky header repeats the file row
    // above them, whatever the scroll position.
    return this.page.locator(`${SEL.problemsPanel} .monaco-list-rows > .monaco-list-row`).evaluateAll((nodes) =>
      (nodes as unknown as DomElement[]).map((node) => {
        const text = (selector: string) => node.querySelector(selector)?.textContent?.trim() ?? '';
        const icon = node.querySelector('.marker-icon');
        return {
          index: Number(node.getAttribute('data-index') ?? '0'),
          isMarker: node.querySelector('.marker-message-details-container') !== null,
          severityClass: icon?.className ?? '',
          message: Array.from(node.querySelectorAll('.marker-message')).map((line) => line.textContent?.trim() ?? '').join('\n'),
          source: text('.marker-source'),
          code: text('.marker-code'),
          position: text('.marker-line'),
          resource: text('.monaco-icon-label .label-name'),
          ariaLabel: node.getAttribute('aria-label') ?? '',
        };
      }),
    );
  }

  /** Marker rows only. */
  async markers(): Promise<ProblemRow[]> {
    return (await this.problems()).filter((row) => row.kind === 'marker');
  }

  /** Waits until the Problems panel shows a marker that satisfies the predicate. */
  async waitForMarker(match: (row: ProblemRow) => boolean, { timeoutMs = 30_000, message = 'a matching problem' } = {}): Promise<ProblemRow> {
    return waitFor(async () => (await this.markers()).find(match), { timeoutMs, message });
  }

  // --- hover ----------------------------------------------------------------------

  /**
   * Shows the editor hover at a position (Ctrl+K Ctrl+I) and returns the text of each
   * hover part (markdown hover, problem hover), without the "View Problem / Quick Fix"
   * action bar. A hover asked for before the language server is ready comes back empty
   * and does not refresh by itself, so it is asked for again until the deadline.
   */
  async hoverAt(line: number, column: number, { timeoutMs = 20_000, retryMs = 2_000 } = {}): Promise<string[]> {
    await this.goTo(line, column);
    const hover = this.page.locator(SEL.hover);
    let lastAsk = 0;
    return waitFor(async () => {
      if (Date.now() - lastAsk >= retryMs) {
        lastAsk = Date.now();
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+I');
      }
      if (!(await hover.first().isVisible())) return undefined;
      const parts = await hover.first().locator('.hover-row:not(.status-bar)').allInnerTexts();
      const cleaned = parts.map((part) => part.trim()).filter(Boolean);
      return cleaned.length > 0 ? cleaned : undefined;
    }, { timeoutMs, intervalMs: 150, message: `a hover at ${line}:${column}` });
  }

  // --- completion -----------------------------------------------------------------

  /** The rendered rows of the open suggest widget (virtualised: the first ~12). */
  async suggestItems(): Promise<SuggestItem[]> {
    return this.page.locator(SEL.suggestRow).evaluateAll((nodes) =>
      (nodes as unknown as DomElement[])
        .map((node) => ({
          index: Number(node.getAttribute('data-index') ?? '0'),
          label: node.querySelector('.label-name')?.textContent?.trim() ?? '',
          detail: node.querySelector('.details-label')?.textContent?.trim() ?? '',
          ariaLabel: node.getAttribute('aria-label') ?? '',
          focused: node.className.split(/\s+/).includes('focused'),
        }))
        .sort((a, b) => a.index - b.index)
        .map(({ label, detail, ariaLabel, focused }) => ({ label, detail, ariaLabel, focused })),
    );
  }

  /**
   * Triggers completion (Ctrl+Space) at the cursor, or at a position if given, and waits
   * for items; asks again while the language server is not yet answering.
   */
  async triggerSuggest({
    at,
    until = (items) => items.length > 0,
    timeoutMs = 20_000,
    retryMs = 2_000,
  }: {
    at?: { line: number; column: number };
    /** When the list is good enough; by default any item. Word-based items can come alone while the server starts. */
    until?: (items: SuggestItem[]) => boolean;
    timeoutMs?: number;
    retryMs?: number;
  } = {}): Promise<SuggestItem[]> {
    if (at) await this.goTo(at.line, at.column);
    let lastAsk = 0;
    return waitFor(async () => {
      if (Date.now() - lastAsk >= retryMs) {
        lastAsk = Date.now();
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+Space');
      }
      const items = await this.suggestItems();
      return until(items) ? items : undefined;
    }, { timeoutMs, intervalMs: 150, message: 'completion items' });
  }

  /** Accepts the suggestion with exactly this label (a click accepts in Monaco). */
  async acceptSuggestion(label: string): Promise<void> {
    const row = this.page.locator(SEL.suggestRow).filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
    });
    await row.first().click({ timeout: 10_000 });
    await this.page.locator('.editor-widget.suggest-widget.visible').waitFor({ state: 'hidden', timeout: 10_000 });
  }

  // --- quick fixes ----------------------------------------------------------------

  /** Opens Quick Fix (Ctrl+.) at a position and returns the offered action titles. */
  async quickFixesAt(line: number, column: number, { timeoutMs = 20_000, retryMs = 2_000 } = {}): Promise<string[]> {
    await this.goTo(line, column);
    let lastAsk = 0;
    return waitFor(async () => {
      if (Date.now() - lastAsk >= retryMs) {
        lastAsk = Date.now();
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+.');
      }
      // The aria-label is the bare title; the row's text would add a keybinding hint.
      const titles = await this.page.locator(SEL.actionRow).evaluateAll((nodes) =>
        (nodes as unknown as DomElement[]).map((node) => node.getAttribute('aria-label') ?? '').filter(Boolean));
      return titles.length > 0 ? titles : undefined;
    }, { timeoutMs, intervalMs: 150, message: `quick fixes at ${line}:${column}` });
  }

  /**
   * Applies one of the quick fixes currently shown (after quickFixesAt). By keyboard:
   * the action widget lies under a `.context-view-pointerBlock` overlay that swallows
   * clicks.
   */
  async applyQuickFix(title: string): Promise<void> {
    const rows = this.page.locator(SEL.actionRow);
    const titles = await rows.evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((node) => node.getAttribute('aria-label') ?? ''));
    if (!titles.includes(title)) throw new Error(`No quick fix "${title}"; offered: ${JSON.stringify(titles)}`);
    const focused = this.page.locator(`${SEL.actionRow}.focused`);
    for (let step = 0; step <= titles.length; step++) {
      if ((await focused.getAttribute('aria-label', { timeout: 5_000 })) === title) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 10_000 });
        return;
      }
      const before = await focused.getAttribute('aria-label', { timeout: 5_000 });
      await this.page.keyboard.press('ArrowDown');
      await waitFor(async () => (await focused.getAttribute('aria-label', { timeout: 500 })) !== before, { timeoutMs: 5_000, message: 'the quick fix focus to move' });
    }
    throw new Error(`Could not focus the quick fix "${title}"`);
  }

  // --- editor viewport and webviews -------------------------------------------------

  /** The 1-based number of the first line shown at the top of the active editor. */
  async editorTopLine(): Promise<number> {
    const lines = await this.page.locator(`${SEL.activeEditor} .margin-view-overlays > div`).evaluateAll((nodes) =>
      (nodes as unknown as DomElement[]).map((node) => ({
        top: parseFloat(node.style.top),
        number: Number(node.querySelector('.line-numbers')?.textContent?.trim() ?? 'NaN'),
      })));
    // Monaco keeps a partly hidden line above the viewport rendered; its top is negative.
    const shown = lines.filter((line) => Number.isFinite(line.number) && Number.isFinite(line.top) && line.top >= 0).sort((a, b) => a.top - b.top);
    if (shown.length === 0) throw new Error('no line numbers rendered in the active editor');
    return shown[0].number;
  }

  /**
   * The frame of a webview whose page contains the selector (webviews are nested
   * iframes, the content in the inner one), once it is there.
   */
  async webviewFrame(selector: string, { timeoutMs = 30_000 } = {}): Promise<Frame> {
    return waitFor(async () => {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
      }
      return undefined;
    }, { timeoutMs, intervalMs: 200, message: `a webview showing ${selector}` });
  }

  // --- output ---------------------------------------------------------------------

  /** Saves a screenshot as test-output/e2e/<scenario>.png and returns its path. */
  async screenshot(scenario: string): Promise<string> {
    const file = path.join(outputDir(), `${scenario}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * For a failed test: a screenshot plus the code-server output and browser console
   * errors in test-output/e2e/<scenario>.log. Never throws, so it cannot hide the failure.
   */
  async saveFailureReport(scenario: string): Promise<void> {
    try {
      await this.screenshot(scenario);
    } catch {
      // The page may be gone; the log below still helps.
    }
    try {
      const log = [`--- code-server output ---`, this.server.log(), `--- browser console errors ---`, ...this.consoleErrors].join('\n');
      await fsp.writeFile(path.join(outputDir(), `${scenario}.log`), log, 'utf8');
    } catch {
      // Reporting is best effort.
    }
  }
}

interface RawProblemRow {
  index: number;
  isMarker: boolean;
  severityClass: string;
  message: string;
  source: string;
  code: string;
  position: string;
  resource: string;
  ariaLabel: string;
}

/** Rows in tree order, each marker row tagged with the file row above it. */
function toProblemRows(raw: RawProblemRow[]): ProblemRow[] {
  const rows: ProblemRow[] = [];
  let file = '';
  for (const row of [...raw].sort((a, b) => a.index - b.index)) {
    if (!row.isMarker) {
      file = row.resource;
      rows.push({ kind: 'file', file, message: row.resource, ariaLabel: row.ariaLabel });
      continue;
    }
    const [line, column] = row.position.match(/\d+/g)?.map(Number) ?? [];
    const severity = (['error', 'warning', 'info', 'hint'] as const).find((level) => row.severityClass.split(/\s+/).includes(level));
    rows.push({
      kind: 'marker',
      file,
      severity,
      message: row.message,
      source: row.source || undefined,
      code: row.code || undefined,
      line,
      column,
      ariaLabel: row.ariaLabel,
    });
  }
  return rows;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Locator for ad hoc checks in scenarios, rooted at the active editor. */
export function activeEditor(page: Page): Locator {
  return page.locator(SEL.activeEditor);
}
