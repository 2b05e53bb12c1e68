/**
 * The client features of issue 7 in a real VS Code: the status bar shows the policy's profile
 * and language, clicking it lists the rules in force with where their severity comes from, the
 * message language setting reaches the server, and an untrusted workspace's .policymd.json is not read.
 * (code-server here has no Japanese language pack, so `--locale ja` leaves the workbench in English
 * and the Japanese side is driven by policyMarkdown.messageLanguage instead.)
 */
import * as assert from 'node:assert/strict';
import {
  extensionVsix,
  makeWorkspace,
  openWorkbench,
  removeWorkspace,
  startCodeServer,
  waitFor,
  type CodeServer,
  type Workbench,
} from './harness';

// Written for this test: a P-mark policy with a numbering gap, which .policymd.json switches off.
const POLICY = [
  '---',
  'policy: privacy',
  'profile: jp-pmark',
  '---',
  '',
  '# 個人情報保護方針',
  '',
  '当社は、次の個人情報を取得します。',
  '',
  '1. 氏名',
  '2. 住所',
  '4. 電話番号',
  '',
].join('\n');
const CONFIG = JSON.stringify({ rules: { 'numbering-gap': 'off', 'required-item': 'error' } }, null, 2);

async function quickPickRows(workbench: Workbench): Promise<string[]> {
  return workbench.page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .evaluateAll((nodes) => nodes.map((node) => ((node as unknown as { innerText: string }).innerText ?? '').replace(/\s+/g, ' ').trim()));
}

interface Variant {
  readonly name: string;
  readonly userSettings?: Record<string, unknown>;
  readonly profile: string;
  readonly japaneseFindings: boolean;
  /** Whether .policymd.json is read (numbering-gap off, required-item an error). The Problems list is virtualised, so numbering-gap is checked in Show Rules. */
  readonly configRead: boolean;
}

const variants: readonly Variant[] = [
  { name: 'en', profile: 'P-mark · ja', japaneseFindings: false, configRead: true },
  { name: 'messageLanguage-ja', userSettings: { 'policyMarkdown.messageLanguage': 'ja' }, profile: 'Pマーク · ja', japaneseFindings: true, configRead: true },
  {
    name: 'untrusted',
    userSettings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' },
    profile: 'P-mark · ja',
    japaneseFindings: false,
    configRead: false,
  },
];

for (const variant of variants) {
  suite(`e2e client (${variant.name}): status bar profile and Show Rules`, function () {
    this.timeout(180_000);
    const vsix = extensionVsix();
    let workspace: string | undefined;
    let server: CodeServer | undefined;
    let workbench: Workbench | undefined;

    suiteSetup(async function () {
      if (!vsix) throw new Error('dist/policy-markdown.vsix is missing: run npm run build && npm run package');
      workspace = await makeWorkspace({ 'privacy.policy.md': POLICY, '.policymd.json': CONFIG }, `client-${variant.name}`);
      server = await startCodeServer({ workspace, vsix, userSettings: variant.userSettings });
      workbench = await openWorkbench(server);
    });

    teardown(async function () {
      if (this.currentTest?.state === 'failed' && workbench) await workbench.saveFailureReport(`client-${variant.name}-failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    });

    suiteTeardown(async function () {
      await workbench?.close().catch(() => undefined);
      await server?.stop().catch(() => undefined);
      if (workspace) await removeWorkspace(workspace);
    });

    test('the status bar shows the profile from the front matter and the document language', async function () {
      assert.ok(workbench);
      await workbench.openFile('privacy.policy.md');
      const item = await workbench.waitForStatusBarItem((candidate) => candidate.text.includes(variant.profile), { timeoutMs: 60_000 });
      assert.ok(item.icons.includes('law'), `icons: ${item.icons.join(', ')}`);
    });

    test('the findings follow the message language and, when trusted, .policymd.json', async function () {
      assert.ok(workbench);
      const required = await workbench.waitForMarker((row) => row.code === 'required-item', { timeoutMs: 60_000, message: 'a required-item finding' });
      assert.equal(/[\u3040-\u30ff\u3400-\u9fff]/.test(required.message.replace(/「[^」]*」/g, '')), variant.japaneseFindings, required.message);
      assert.equal(required.severity, variant.configRead ? 'error' : 'warning');
    });

    test('clicking it lists the rules, with each severity and where it comes from', async function () {
      assert.ok(workbench);
      await workbench.page.locator('#workbench\\.parts\\.statusbar .statusbar-item').filter({ hasText: variant.profile }).first().click();
      const first = await waitFor(async () => {
        const rows = await quickPickRows(workbench!);
        return rows.length > 1 ? rows : undefined;
      }, { timeoutMs: 20_000, message: 'the Show Rules list' });
      assert.ok(first[0].includes('Change profile…'), first[0]);
      const title = await workbench.page.locator('.quick-input-widget .quick-input-title').innerText();
      assert.equal(title.includes('not read in an untrusted workspace'), !variant.configRead, title);
      await workbench.page.keyboard.type('numbering-gap');
      const row = await waitFor(async () => (await quickPickRows(workbench!)).find((text) => text.includes('numbering-gap')), { timeoutMs: 10_000, message: 'the numbering-gap row' });
      if (variant.configRead) assert.ok(row.includes('off') && row.includes('from .policymd.json'), row);
      else assert.ok(row.includes('warning') && !row.includes('.policymd.json'), row);
      await workbench.screenshot(`client-${variant.name}-show-rules`);
      await workbench.page.keyboard.press('Escape');
    });

    if (!variant.configRead) {
      test('trusting the workspace reads .policymd.json and re-checks at once', async function () {
        assert.ok(workbench);
        await workbench.runCommand('Workspaces: Manage Workspace Trust');
        const trust = workbench.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^\s*Trust( Folder)?\s*$/ }).first();
        await trust.waitFor({ state: 'visible', timeout: 20_000 });
        await trust.click();
        const required = await workbench.waitForMarker((row) => row.code === 'required-item' && row.severity === 'error', { timeoutMs: 60_000, message: 'required-item as an error, from .policymd.json' });
        assert.ok(required);
        await workbench.screenshot(`client-${variant.name}-trusted`);
      });
    }
  });
}
