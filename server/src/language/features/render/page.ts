import type { ClauseLibrary } from '../../clauses/user';
import type { Element, ElementContent } from 'hast';
import type { PolicyDocument } from '../../model/types';
import { renderPolicy, stringifyHast, type RenderedPolicy, type TocEntry } from './html';

export interface PageOptions {
  /** Named in a generator meta tag; useful when a published page is traced back to its source. */
  readonly generator?: string;
  /** The library `::clause` directives expand from; the built-in sets when absent. */
  readonly clauses?: ClauseLibrary;
}

/**
 * The published page's stylesheet: readable on any screen, Japanese line breaking, and a print
 * layout that keeps table rows and headings with their text. No web fonts, so the page makes no
 * requests of its own.
 */
const pageCss = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --rule: #d1d9e0; --accent: #0969da; --stripe: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --rule: #3d444d; --accent: #4493f8; --stripe: #151b23; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg); font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "IPAGothic", Meiryo, sans-serif; line-height: 1.8; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.4; margin: 2em 0 0.6em; }
h1 { font-size: 1.8rem; margin-top: 0; }
h2 { font-size: 1.35rem; padding-bottom: 0.3em; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.15rem; }
h4, h5, h6 { font-size: 1rem; }
p, ul, ol, table, blockquote, pre { margin: 0 0 1em; }
ul, ol { padding-left: 2em; }
li + li { margin-top: 0.25em; }
a { color: var(--accent); overflow-wrap: anywhere; }
:lang(ja) { line-break: strict; word-break: normal; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--rule); padding: 0.4em 0.7em; text-align: left; vertical-align: top; }
th { background: var(--stripe); }
tbody tr:nth-child(even) { background: var(--stripe); }
blockquote { margin-left: 0; padding-left: 1em; border-left: 4px solid var(--rule); color: var(--muted); }
pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
pre { padding: 1em; overflow-x: auto; background: var(--stripe); }
img { max-width: 100%; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.clause-missing { color: #cf222e; }
.toc { margin: 0 0 2.5em; padding: 1em 1.25em; border: 1px solid var(--rule); }
.toc h2 { margin: 0 0 0.5em; font-size: 1rem; border: 0; padding: 0; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0.2em 0; }
.toc .toc-2 { padding-left: 1.25em; }
.toc .toc-3 { padding-left: 2.5em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --rule: #999; --accent: #000; --stripe: #f2f2f2; }
  body { font-size: 10.5pt; line-height: 1.6; }
  main { max-width: none; padding: 0; }
  .toc { display: none; }
  a { text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li, blockquote, pre { break-inside: avoid; page-break-inside: avoid; }
  table { display: table; }
}
`.trim();

const labels = {
  ja: { toc: '目次' },
  en: { toc: 'Contents' },
};

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** Entries of the two highest heading levels in use; deeper ones would turn the contents into the text. */
function tocTree(entries: readonly TocEntry[], label: string): { element: Element; firstId: string } | undefined {
  const top = Math.min(...entries.map((entry) => entry.level));
  // A lone top heading is the page's title, not an entry of its contents.
  const listed = entries.filter((entry) => entry.level === top).length === 1 ? entries.filter((entry) => entry.level !== top) : entries;
  const levels = [...new Set(listed.map((entry) => entry.level))].sort((a, b) => a - b).slice(0, 2);
  const shown = listed.filter((entry) => levels.includes(entry.level) && entry.text);
  if (shown.length < 2) return undefined;
  const items = shown.map((entry) =>
    element('li', { className: [`toc-${levels.indexOf(entry.level) + 1}`] }, [element('a', { href: `#${entry.id}` }, [{ type: 'text', value: entry.text }])]),
  );
  const nav = element('nav', { className: ['toc'], ariaLabel: label }, [element('h2', {}, [{ type: 'text', value: label }]), element('ol', {}, items)]);
  return { element: nav, firstId: shown[0].id };
}

/** The contents go after the title and the introduction, right before the first listed heading. */
function withContents(body: string, toc: ReturnType<typeof tocTree>): string {
  if (!toc) return body;
  const nav = stringifyHast({ type: 'root', children: [toc.element] });
  const at = body.search(new RegExp(`<h[1-6][^>]*\\sid="${toc.firstId}"`));
  return at < 0 ? `${nav}\n${body}` : `${body.slice(0, at)}${nav}\n${body.slice(at)}`;
}

const pageCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; base-uri 'none'; form-action 'none'";

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One self-contained HTML page ready to publish: inline CSS, no scripts, the document's language,
 * a table of contents. The body is the same sanitised HTML the preview shows.
 */
export function renderPolicyPage(document: PolicyDocument, options: PageOptions = {}, rendered: RenderedPolicy = renderPolicy(document, options.clauses)): string {
  const label = labels[rendered.lang];
  const toc = tocTree(rendered.toc, label.toc);
  const generator = options.generator ? `<meta name="generator" content="${escapeHtml(options.generator)}">\n` : '';
  return `<!DOCTYPE html>
<html lang="${rendered.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pageCsp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${generator}<title>${escapeHtml(rendered.title)}</title>
<style>
${pageCss}
</style>
</head>
<body>
<main>
<article>
${withContents(rendered.html, toc)}
</article>
</main>
</body>
</html>
`;
}
