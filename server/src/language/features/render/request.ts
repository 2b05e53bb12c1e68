import type { DocumentSettings, PolicyLanguageService, TextDocumentLike } from '../../index';
import { clauseLibrary } from '../../clauses/user';
import { renderPolicy } from './html';
import { renderPolicyPage } from './page';

export interface RenderRequestOptions {
  /** 'preview' (default): the body for the webview; 'page': the standalone page for publishing. */
  readonly mode?: 'preview' | 'page';
  /** Also return where the findings are, for the preview's margin markers. */
  readonly diagnostics?: boolean;
}

export type MarkerSeverity = 'error' | 'warning' | 'info' | 'hint';

/** The findings that start on one source line, worst first. */
export interface RenderMarker {
  /** 0-based source line, the same numbering as `data-line`. */
  readonly line: number;
  readonly severity: MarkerSeverity;
  readonly messages: readonly string[];
}

export interface RenderResponse {
  readonly html: string;
  /** The document version this HTML was rendered from; the preview never replaces newer with older. */
  readonly version: number;
  readonly title: string;
  readonly lang: string;
  readonly markers: readonly RenderMarker[];
}

const rank: Record<MarkerSeverity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The server's `policy/render` handler body: the cached model in, HTML (and markers) out. */
export function renderForRequest(
  service: PolicyLanguageService,
  textDocument: TextDocumentLike,
  settings: DocumentSettings,
  options: RenderRequestOptions = {},
): RenderResponse {
  const document = service.getDocument(textDocument, settings);
  const version = textDocument.version;
  const rendered = renderPolicy(document, clauseLibrary(settings.config));
  if (options.mode === 'page') {
    return { html: renderPolicyPage(document, { generator: 'policymd' }, rendered), version, title: rendered.title, lang: rendered.lang, markers: [] };
  }
  const markers = new Map<number, { severity: MarkerSeverity; messages: string[] }>();
  if (options.diagnostics) {
    for (const diagnostic of service.computeDiagnostics(textDocument, settings)) {
      const line = document.lines.lineAt(diagnostic.span.start);
      const entry = markers.get(line) ?? { severity: diagnostic.severity, messages: [] };
      if (rank[diagnostic.severity] < rank[entry.severity]) entry.severity = diagnostic.severity;
      entry.messages.push(`${diagnostic.message} [${diagnostic.ruleId}]`);
      markers.set(line, entry);
    }
  }
  return {
    html: rendered.html,
    version,
    title: rendered.title,
    lang: rendered.lang,
    markers: [...markers].sort(([a], [b]) => a - b).map(([line, entry]) => ({ line, ...entry })),
  };
}
