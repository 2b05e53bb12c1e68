// The webview's HTML shell. Pure (no vscode import), so tests can load the same page in a browser.
import { randomBytes } from 'node:crypto';
import type { PreviewMarker, PreviewState } from './messages';
import { previewCss } from './styles';

export interface ShellOptions {
  /** webview.cspSource: the origin the webview serves extension and workspace files from. */
  readonly cspSource: string;
  readonly nonce: string;
  /** The bundled webview script (dist/preview.js) as a webview URI. */
  readonly scriptUri: string;
  /** Where relative image paths resolve: the document's folder as a webview URI, ending in '/'. */
  readonly baseUri?: string;
  readonly lang: string;
  readonly title: string;
  /** Sanitised body HTML from the server. */
  readonly body: string;
  readonly state: PreviewState & { readonly markers?: readonly PreviewMarker[] };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Content-Security-Policy: nothing by default; the one script and the one style element run by
 * nonce; images only from the extension and the workspace. Inline event handlers and `javascript:`
 * URLs are blocked by the absence of 'unsafe-inline', whatever the body contains.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `base-uri ${cspSource}`,
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

export function previewShell(options: ShellOptions): string {
  const { cspSource, nonce } = options;
  const base = options.baseUri ? `<base href="${escapeAttribute(options.baseUri)}">\n` : '';
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${base}<meta id="policy-preview-state" data-state="${escapeAttribute(JSON.stringify(options.state))}">
<title>${escapeAttribute(options.title)}</title>
<style nonce="${nonce}">
${previewCss}
</style>
</head>
<body>
<main class="policy-preview">
${options.body}
</main>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** A fresh unguessable nonce for every page the webview loads. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}
