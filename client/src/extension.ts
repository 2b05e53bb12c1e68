import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';
import { registerLanguageSwitch } from './languageSwitch';
import { registerPreview } from './preview/manager';
import { registerShowRules } from './showRules';
import { registerStatusBar } from './statusBar';
import { registerWorkspaceTrust } from './trust';

/** What `activate()` returns, so tests can wait for the server instead of sleeping. */
export interface PolicyMarkdownApi {
  readonly client: LanguageClient;
  /** Resolves once the language server has started and answered `initialize`. */
  readonly ready: Promise<void>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PolicyMarkdownApi> {
  const outputChannel = vscode.window.createOutputChannel('Policy Markdown', { log: true });
  context.subscriptions.push(outputChannel, registerLanguageSwitch(outputChannel));
  client = createLanguageClient(context, outputChannel);
  const languageClient = client;
  context.subscriptions.push(registerWorkspaceTrust(languageClient));
  context.subscriptions.push(
    vscode.commands.registerCommand('policyMarkdown.restartServer', async () => {
      outputChannel.appendLine('Restarting the Policy Markdown server.');
      await languageClient.restart();
    }),
  );
  const ready = languageClient.start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    outputChannel.appendLine(`The Policy Markdown server did not start: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Policy Markdown: the language server did not start ({0}). See the "Policy Markdown" output.', message));
    throw error;
  });
  context.subscriptions.push(registerPreview(context, languageClient, ready));
  context.subscriptions.push(registerStatusBar(languageClient, ready), registerShowRules(languageClient, ready));
  await ready;
  return { client: languageClient, ready };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
