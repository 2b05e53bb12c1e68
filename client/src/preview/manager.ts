import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest } from '../../../server/src/protocol';
import { PolicyPreview, previewConfiguration, previewViewType } from './preview';

const policyLanguageId = 'policy-markdown';

/** Opens, tracks and exports previews; one panel per document. */
export class PreviewManager implements vscode.Disposable {
  readonly #previews = new Map<string, PolicyPreview>();
  readonly #autoOpened = new Set<string>();
  readonly #disposables: vscode.Disposable[] = [];
  #active: PolicyPreview | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly ready: Promise<void>,
  ) {
    this.#disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.#openAutomatically(editor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('policyMarkdown.preview')) this.#previews.forEach((preview) => preview.update(true));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.#autoOpened.delete(document.uri.toString())),
    );
    void ready.then(() => this.#openAutomatically(vscode.window.activeTextEditor), () => undefined);
  }

  /** The document a command acts on: an explicit URI, the active policy editor, or the active preview. */
  #target(uri: unknown): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) return uri;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === policyLanguageId) return editor.document.uri;
    return this.#active?.uri;
  }

  async open(uri: unknown, toSide: boolean): Promise<void> {
    const target = this.#target(uri);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy (.policy.md) to preview it.'));
      return;
    }
    await this.ready;
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.#previews.get(target.toString());
    if (existing) {
      existing.panel.reveal(column, toSide);
      return;
    }
    const roots = [vscode.Uri.joinPath(this.context.extensionUri, 'dist'), ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri)];
    // A file opened without a folder has no workspace; its own folder stands in for one.
    if (!vscode.workspace.getWorkspaceFolder(target) && target.scheme === 'file') roots.push(vscode.Uri.joinPath(target, '..'));
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      vscode.l10n.t('Preview {0}', target.path.split('/').pop() ?? ''),
      { viewColumn: column, preserveFocus: toSide },
      { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: roots, retainContextWhenHidden: false },
    );
    const key = target.toString();
    const preview = new PolicyPreview(panel, target, this.client, this.context.extensionUri, () => {
      this.#previews.delete(key);
      if (this.#active === preview) this.#active = undefined;
    });
    panel.onDidChangeViewState((event) => {
      if (event.webviewPanel.active) this.#active = preview;
    });
    this.#previews.set(key, preview);
    this.#active = preview;
  }

  #openAutomatically(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    if (!document || document.languageId !== policyLanguageId || !previewConfiguration(document.uri).openAutomatically) return;
    const key = document.uri.toString();
    // Once per opening: closing the preview is a choice that must stick until the file is reopened.
    if (this.#previews.has(key) || this.#autoOpened.has(key)) return;
    this.#autoOpened.add(key);
    void this.open(document.uri, true);
  }

  /** Writes the standalone page (inline CSS, no scripts) chosen in a save dialog. */
  async exportHtml(uri: unknown): Promise<void> {
    const target = this.#target(uri);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy (.policy.md) to export it.'));
      return;
    }
    await this.ready;
    const document = await vscode.workspace.openTextDocument(target);
    const result = await this.client.sendRequest(renderRequest, { textDocument: { uri: target.toString() }, version: document.version, mode: 'page' });
    if (!result) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The policy could not be rendered.'));
      return;
    }
    const defaultUri = target.scheme === 'untitled' ? undefined : target.with({ path: `${target.path.replace(/(?:\.policy)?\.md$/i, '')}.html` });
    const destination = await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html', 'htm'] }, saveLabel: vscode.l10n.t('Export') });
    if (!destination) return;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.html));
    const openLabel = vscode.l10n.t('Open in Browser');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', destination.path.split('/').pop() ?? ''), openLabel);
    if (choice === openLabel) await vscode.env.openExternal(destination);
  }

  dispose(): void {
    this.#previews.forEach((preview) => preview.dispose());
    this.#disposables.forEach((d) => d.dispose());
  }
}

/** The preview's commands; call once from activate(). */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient, ready: Promise<void>): vscode.Disposable {
  const manager = new PreviewManager(context, client, ready);
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('policyMarkdown.openPreview', (uri?: unknown) => manager.open(uri, false)),
    vscode.commands.registerCommand('policyMarkdown.openPreviewToSide', (uri?: unknown) => manager.open(uri, true)),
    vscode.commands.registerCommand('policyMarkdown.exportHtml', (uri?: unknown) => manager.exportHtml(uri)),
  );
}
