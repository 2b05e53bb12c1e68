import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type RenderResult } from '../../../server/src/protocol';
import { createNonce, previewShell } from './html';
import { isExternalLink, type FromWebview, type ToWebview } from './messages';

export const previewViewType = 'policyMarkdown.preview';
/** Long enough to coalesce a burst of keystrokes, short enough to feel live. */
const updateDelayMs = 200;
/** Scroll events right after we moved the other side are echoes, not the user. */
const echoWindowMs = 150;

export function previewConfiguration(uri: vscode.Uri): { showDiagnostics: boolean; openAutomatically: boolean } {
  const config = vscode.workspace.getConfiguration('policyMarkdown.preview', uri);
  return { showDiagnostics: config.get<boolean>('showDiagnostics', false), openAutomatically: config.get<boolean>('openAutomatically', false) };
}

/** One webview panel showing one policy document. */
export class PolicyPreview implements vscode.Disposable {
  readonly #disposables: vscode.Disposable[] = [];
  #timer: NodeJS.Timeout | undefined;
  #requestSeq = 0;
  #shownVersion = -1;
  #line = 0;
  #last: RenderResult | undefined;
  #loaded = false;
  #ignoreEditorScrollUntil = 0;
  #disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
    private readonly onDispose: () => void,
  ) {
    this.#line = vscode.window.visibleTextEditors.find((editor) => this.#shows(editor))?.visibleRanges[0]?.start.line ?? 0;
    this.#disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.#onMessage(message)),
      panel.onDidChangeViewState(() => {
        // A hidden webview loses its page; show it again from the last rendering.
        if (panel.visible) this.#load();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri.toString()) this.update();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (!this.#shows(event.textEditor) || Date.now() < this.#ignoreEditorScrollUntil) return;
        const line = event.visibleRanges[0]?.start.line;
        if (line === undefined) return;
        this.#line = line;
        this.#post({ type: 'scrollTo', line });
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.#shows(event.textEditor)) this.#post({ type: 'cursor', line: event.selections[0].active.line });
      }),
    );
    this.update(true);
  }

  #shows(editor: vscode.TextEditor): boolean {
    return editor.document.uri.toString() === this.uri.toString();
  }

  /** Renders again after a pause in typing, or at once. */
  update(immediate = false): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#render(), immediate ? 0 : updateDelayMs);
  }

  async #render(): Promise<void> {
    const seq = ++this.#requestSeq;
    const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === this.uri.toString());
    let result: RenderResult | null;
    try {
      result = await this.client.sendRequest(renderRequest, {
        textDocument: { uri: this.uri.toString() },
        version: document?.version,
        diagnostics: previewConfiguration(this.uri).showDiagnostics,
      });
    } catch (error) {
      if (!this.#disposed) this.#post({ type: 'error', message: vscode.l10n.t('The preview could not be rendered: {0}', error instanceof Error ? error.message : String(error)) });
      return;
    }
    // A later request may already have answered; a rendering of an older version never wins.
    if (this.#disposed || !result || result.version < this.#shownVersion || (seq < this.#requestSeq && result.version <= this.#shownVersion)) return;
    this.#shownVersion = result.version;
    this.#last = result;
    this.panel.title = vscode.l10n.t('Preview {0}', this.uri.path.split('/').pop() ?? '');
    if (this.#loaded) this.#post({ type: 'update', html: result.html, version: result.version, markers: result.markers });
    else this.#load();
  }

  /** Loads the whole page; later renderings go by message so that the scroll position stays. */
  #load(): void {
    const result = this.#last;
    if (!result) return;
    const webview = this.panel.webview;
    const folder = vscode.Uri.joinPath(this.uri, '..');
    webview.html = previewShell({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'preview.js')).toString(),
      baseUri: this.uri.scheme === 'file' ? `${webview.asWebviewUri(folder).toString()}/` : undefined,
      lang: result.lang,
      title: result.title,
      body: result.html,
      state: { uri: this.uri.toString(), version: result.version, line: this.#line, markers: result.markers },
    });
    this.#loaded = true;
  }

  #post(message: ToWebview): void {
    if (!this.#disposed) void this.panel.webview.postMessage(message);
  }

  async #onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'scrolled': {
        this.#line = message.line;
        const editor = vscode.window.visibleTextEditors.find((e) => this.#shows(e));
        if (!editor) return;
        this.#ignoreEditorScrollUntil = Date.now() + echoWindowMs;
        const line = Math.floor(message.line);
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'reveal': {
        const line = Math.max(0, Math.floor(message.line));
        const visible = vscode.window.visibleTextEditors.find((e) => this.#shows(e));
        const document = await vscode.workspace.openTextDocument(this.uri);
        const position = new vscode.Position(line, 0);
        const editor = await vscode.window.showTextDocument(document, {
          viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Selection(position, position),
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'openLink':
        // Checked again here: the webview is the less trusted side.
        if (isExternalLink(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href.trim(), true));
        return;
      case 'ready':
        return;
    }
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#disposables.forEach((d) => d.dispose());
    this.panel.dispose();
    this.onDispose();
  }
}
