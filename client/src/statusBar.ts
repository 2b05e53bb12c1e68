import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { documentStatusRequest, type DocumentStatusResult } from '../../server/src/protocol';
import { policyLanguageId } from './languageSwitch';

export const showRulesCommand = 'policyMarkdown.showRules';

export function sourceLabel(source: string): string {
  switch (source) {
    case 'front-matter':
      return vscode.l10n.t('front matter');
    case 'settings':
      return vscode.l10n.t('settings');
    case 'config':
      return vscode.l10n.t('.policymd.json');
    case 'detected':
      return vscode.l10n.t('detected');
    default:
      return vscode.l10n.t('default');
  }
}

export async function requestStatus(client: LanguageClient, document: vscode.TextDocument): Promise<DocumentStatusResult | null> {
  return client.sendRequest(documentStatusRequest, { textDocument: { uri: document.uri.toString() } });
}

/** Shows the active policy's profile and language; clicking lists the rules in force. */
export function registerStatusBar(client: LanguageClient, ready: Promise<void>): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('policyMarkdown.profile', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Policy Markdown Profile');
  item.command = showRulesCommand;
  // Answers can arrive out of order when editors switch quickly; only the latest request may paint.
  let generation = 0;

  async function update(): Promise<void> {
    const current = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== policyLanguageId) {
      item.hide();
      return;
    }
    let status: DocumentStatusResult | null = null;
    try {
      await ready;
      status = await requestStatus(client, document);
    } catch {
      status = null;
    }
    if (current !== generation) return;
    if (!status) {
      item.hide();
      return;
    }
    item.text = `$(law) ${status.profileLabel} · ${status.language}`;
    const lines = [
      vscode.l10n.t('Profile: {0} ({1})', status.profile, sourceLabel(status.profileSource)),
      vscode.l10n.t('Document language: {0} ({1})', status.language, sourceLabel(status.languageSource)),
    ];
    if (status.configIgnored) lines.push(vscode.l10n.t('.policymd.json is not read because this workspace is not trusted.'));
    lines.push(vscode.l10n.t('Click to show the rules in force.'));
    item.tooltip = lines.join('\n');
    item.show();
  }

  const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    // The server republishes diagnostics after edits, settings and .policymd.json changes: the profile may have moved with them.
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some(isActive)) void update();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isActive(document.uri)) void update();
    }),
  );
}
