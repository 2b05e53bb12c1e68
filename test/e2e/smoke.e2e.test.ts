/**
 * Smoke test of the browser harness itself: a real VS Code (code-server) in headless
 * Chromium opens a plain Markdown file, and the helpers for problems, quick fixes,
 * completion and hovers are tried on VS Code's built-in CSS support. It needs no
 * extension, so it tells a broken harness or machine (or selectors broken by a
 * code-server upgrade) apart from a broken extension in the scenarios.
 */
import * as assert from 'node:assert/strict';
import {
  makeWorkspace,
  openWorkbench,
  removeWorkspace,
  startCodeServer,
  waitFor,
  type CodeServer,
  type Workbench,
} from './harness';

const NOTES = ['# Notes', '', 'Hello from the end-to-end smoke test.', '', '- first item', '- second item', ''].join('\n');
// A misspelt property: the CSS language server reports it and offers a rename.
const STYLE = ['a {', '  colr: red;', '}', ''].join('\n');

suite('e2e smoke: code-server in Chromium', function () {
  this.timeout(180_000);

  let workspace: string | undefined;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;

  suiteSetup(async function () {
    workspace = await makeWorkspace({ 'notes.md': NOTES, 'styles/site.css': STYLE }, 'smoke');
    server = await startCodeServer({ workspace });
    workbench = await openWorkbench(server);
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      await workbench.saveFailureReport(`smoke-failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  // Each step runs even if an earlier one threw, so nothing outlives the suite.
  suiteTeardown(async function () {
    await workbench?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (workspace) await removeWorkspace(workspace);
  });

  test('opens a Markdown file and shows its text', async function () {
    assert.ok(workbench);
    await workbench.openFile('notes.md');

    const text = await workbench.waitForText('Hello from the end-to-end smoke test.');
    assert.equal(text.split('\n')[0], '# Notes');
    assert.match(text, /- second item/);

    assert.equal(await workbench.languageMode(), 'Markdown');
    const selection = await workbench.waitForStatusBarItem('status.editor.selection');
    assert.match(selection.text, /Ln 1, Col 1/);

    const screenshot = await workbench.screenshot('smoke');
    assert.ok(screenshot.endsWith('smoke.png'));
  });

  test('types at a position and reads the text back', async function () {
    assert.ok(workbench);
    await workbench.typeAt(3, 6, ' typed', { insert: true });
    await workbench.waitForText('Hello typed from the end-to-end smoke test.');
  });

  test('reads problems, applies a quick fix, completes and hovers (built-in CSS)', async function () {
    assert.ok(workbench);
    await workbench.openFile('styles/site.css');

    const marker = await workbench.waitForMarker((row) => row.message.includes('colr'), { message: 'the unknown-property warning' });
    assert.equal(marker.file, 'site.css');
    assert.equal(marker.severity, 'warning');
    assert.equal(marker.source, 'css');
    assert.equal(marker.code, 'unknownProperties');
    assert.deepEqual([marker.line, marker.column], [2, 3]);
    const problems = await workbench.waitForStatusBarItem('status.problems');
    assert.match(problems.ariaLabel, /Warnings: 1/);

    const fixes = await workbench.quickFixesAt(2, 4);
    assert.ok(fixes.includes("Rename to 'color'"), JSON.stringify(fixes));
    await workbench.applyQuickFix("Rename to 'color'");
    // The colour swatch VS Code injects before "red" must not leak into the text.
    await workbench.waitForText('  color: red;');
    await waitFor(async () => (await workbench?.markers())?.length === 0, { message: 'the warning to go away' });

    const hover = await workbench.hoverAt(2, 5);
    assert.ok(hover.some((part) => /color/i.test(part)), JSON.stringify(hover));
    await workbench.page.keyboard.press('Escape');

    const items = await workbench.triggerSuggest({ at: { line: 2, column: 3 }, until: (list) => list.some((item) => item.label === 'color') });
    assert.ok(items.find((item) => item.label === 'color')?.ariaLabel.includes('Property'));
    await workbench.page.keyboard.press('Escape');

    await workbench.screenshot('smoke-css');
  });
});
