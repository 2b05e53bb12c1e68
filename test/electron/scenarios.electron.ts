/**
 * The browser end-to-end scenarios (test/e2e/policy.e2e.test.ts) as in-extension-host
 * tests for desktop VS Code (`npm run test:electron`). They see what the extension API
 * sees rather than the screen: diagnostics instead of Problems panel rows, the code
 * actions VS Code would show behind the light bulb, the tabs of the editor groups. The
 * preview's content and its scroll sync live inside the webview, which the extension
 * host cannot read; the browser scenarios check those.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { seedExpectations } from '../e2e/expectations';
import { samplePolicy } from '../e2e/fixtures';
import { SEED, SEED_FILE } from './workspace';

const workspace = process.env.POLICYMD_ELECTRON_WORKSPACE ?? '';
const root = process.env.POLICYMD_ROOT ?? '';
const sample = samplePolicy();

async function waitFor<T>(predicate: () => T | undefined | Promise<T | undefined>, message: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, name)));
  return vscode.window.showTextDocument(document, { preview: false });
}

async function diagnosticsOf(uri: vscode.Uri, until: (list: vscode.Diagnostic[]) => boolean, message: string): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policymd');
    return until(list) ? list : undefined;
  }, message, 60_000);
}

suite('desktop: the extension in VS Code', () => {
  suiteSetup(async () => {
    assert.ok(workspace && fs.existsSync(workspace), 'POLICYMD_ELECTRON_WORKSPACE names the test workspace');
    const extension = vscode.extensions.getExtension('policy-markdown.policy-markdown');
    assert.ok(extension, 'the extension under development is loaded');
    await extension.activate();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the first seed, saved as .policy.md, has exactly the findings the acceptance expectations name', async function () {
    if (!fs.existsSync(path.join(workspace, SEED_FILE))) {
      // The runner copies the seed only where the shared folder exists; say so rather than pass silently.
      throw new Error(`${SEED} was not copied into the workspace: set POLICYMD_SHARED to the folder holding seeds/`);
    }
    const editor = await open(SEED_FILE);
    assert.equal(editor.document.languageId, 'policy-markdown');
    const expected = seedExpectations(root, SEED);
    const wanted = [...expected.values()].reduce((sum, lines) => sum + lines.length, 0);
    const diagnostics = await diagnosticsOf(editor.document.uri, (list) => list.filter((d) => expected.has(ruleOf(d))).length >= wanted, `${wanted} expected findings`);
    for (const [rule, lines] of expected) {
      const actual = diagnostics.filter((d) => ruleOf(d) === rule).map((d) => d.range.start.line + 1).sort((a, b) => a - b);
      assert.deepEqual(actual, lines, rule);
    }
  });

  test('the quick fix for a pseudo-heading makes it a heading and the finding disappears', async () => {
    const editor = await open('fix.policy.md');
    const uri = editor.document.uri;
    const pseudo = (d: vscode.Diagnostic) => ruleOf(d) === 'pseudo-heading' && d.range.start.line === sample.pseudoHeadingLine - 1;
    const diagnostics = await diagnosticsOf(uri, (list) => list.some(pseudo), 'the pseudo-heading finding');
    const finding = diagnostics.find(pseudo);
    assert.ok(finding);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((candidate) => /^Make it a level \d heading$/.test(candidate.title));
    assert.ok(action?.edit, `a "Make it a level N heading" quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const original = sample.text.split('\n')[sample.pseudoHeadingLine - 1];
    assert.match(editor.document.lineAt(sample.pseudoHeadingLine - 1).text, new RegExp(`^#+ ${original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await diagnosticsOf(uri, (list) => !list.some((d) => ruleOf(d) === 'pseudo-heading') && list.some((d) => ruleOf(d) === 'numbering-gap'), 'the pseudo-heading finding to disappear, the numbering gap to stay');
  });

  test('the preview opens in a second editor group beside the policy', async () => {
    const editor = await open('preview.policy.md');
    await vscode.commands.executeCommand('policyMarkdown.openPreviewToSide');
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.includes('policyMarkdown.preview')),
      'a preview tab',
    );
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor, not in its group');
  });

  test('a .md file with policy: front matter switches to Policy Markdown; one without stays Markdown', async () => {
    const plain = await open('plain.md');
    const declared = await open('declared.md');
    // Changing the language re-creates the TextDocument, so it is looked up afresh.
    const current = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    await waitFor(() => current(declared.document.uri)?.languageId === 'policy-markdown' || undefined, 'declared.md to switch language', 30_000);
    assert.equal(current(plain.document.uri)?.languageId, 'markdown');
  });
});
