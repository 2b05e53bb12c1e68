// Custom requests between the client and the server. Imported by both bundles, so it depends only on
// the protocol package (never on vscode-languageserver/node, which would pull the server into the client).
import { RequestType } from 'vscode-languageserver-protocol';

export interface RenderParams {
  readonly textDocument: { readonly uri: string };
  /** The version the client has; the result names the version actually rendered. */
  readonly version?: number;
  /** 'preview' (default): the body for the webview; 'page': a standalone page for publishing. */
  readonly mode?: 'preview' | 'page';
  /** Also return where the findings are, for the preview's margin markers. */
  readonly diagnostics?: boolean;
}

export interface RenderMarker {
  /** 0-based source line, as in the HTML's data-line attributes. */
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly messages: readonly string[];
}

export interface RenderResult {
  /** Sanitised HTML: the body fragment ('preview') or a whole page ('page'). */
  readonly html: string;
  /** The document version the HTML was rendered from. */
  readonly version: number;
  readonly title: string;
  readonly lang: string;
  readonly markers: readonly RenderMarker[];
}

/** `policy/render`: the rendered policy, or null when the server does not have the document open. */
export const renderRequest = new RequestType<RenderParams, RenderResult | null, void>('policy/render');
