// Custom requests between the client and the server. Imported by both bundles, so it depends only on
// the protocol package (never on vscode-languageserver/node, which would pull the server into the client).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { DocumentStatus } from './language/features/documentStatus';

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

export type { DocumentStatus, RuleState, RuleSeveritySource } from './language/features/documentStatus';

export interface DocumentStatusParams {
  readonly textDocument: { readonly uri: string };
}

/** The status of one document as the server sees it, plus where its `.policymd.json` is. */
export interface DocumentStatusResult extends DocumentStatus {
  /** The `.policymd.json` found upward from the document, as a URI. */
  readonly configFile?: string;
  /** True when that file exists but is not read because the workspace is not trusted. */
  readonly configIgnored: boolean;
}

/** `policy/documentStatus`: profile, languages and every rule's state; null when the document is not open. */
export const documentStatusRequest = new RequestType<DocumentStatusParams, DocumentStatusResult | null, void>('policy/documentStatus');

/** Options the VS Code client sends at initialize; other editors send none and get the defaults. */
export interface PolicyInitializationOptions {
  /** False in an untrusted VS Code workspace: `.policymd.json` is then not read. Default true. */
  readonly workspaceTrusted?: boolean;
}

/** `policy/workspaceTrusted`: the user trusted the workspace; the server starts reading `.policymd.json`. */
export const workspaceTrustedNotification = new NotificationType<void>('policy/workspaceTrusted');
