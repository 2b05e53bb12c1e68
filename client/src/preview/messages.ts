// Messages between the preview panel (extension host) and its webview script. Shared by both
// bundles, so this file must not import vscode.

export interface PreviewMarker {
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly messages: readonly string[];
}

/** Extension → webview. */
export type ToWebview =
  | { readonly type: 'update'; readonly html: string; readonly version: number; readonly markers: readonly PreviewMarker[] }
  /** Scroll so that this (0-based, possibly fractional) source line is at the top. */
  | { readonly type: 'scrollTo'; readonly line: number }
  /** Mark the block holding the editor's cursor. */
  | { readonly type: 'cursor'; readonly line: number }
  | { readonly type: 'error'; readonly message: string };

/** Webview → extension. */
export type FromWebview =
  /** The preview was scrolled by the user; this source line is now at its top. */
  | { readonly type: 'scrolled'; readonly line: number }
  /** A heading was clicked: show its source line. */
  | { readonly type: 'reveal'; readonly line: number }
  | { readonly type: 'openLink'; readonly href: string }
  | { readonly type: 'ready' };

/** What the webview keeps across reloads (vscode.setState). */
export interface PreviewState {
  readonly uri: string;
  readonly version: number;
  readonly line: number;
}

/** The only link schemes the preview hands to the operating system. */
export function isExternalLink(href: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(href.trim());
}
