import type { Root } from 'mdast';
import type { ClauseLibrary } from '../../clauses/user';
import type { DocumentLanguage, PolicyDocument } from '../../model/types';
import { renderBody } from './incremental';
import { collectHeadings, mdastToHast, sanitizeHast, stringifyHast, type TocEntry } from './pipeline';
import { prepareTree } from './transform';

export { stringifyHast, type TocEntry };

export interface RenderedPolicy {
  /** Sanitised HTML of the body, every block carrying `data-line` (0-based source line). */
  readonly html: string;
  readonly title: string;
  readonly lang: DocumentLanguage;
  readonly toc: readonly TocEntry[];
}

function titleOf(document: PolicyDocument, toc: readonly TocEntry[]): string {
  const fromFrontMatter = document.frontMatter?.data?.title;
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim()) return fromFrontMatter.trim();
  const top = toc.find((entry) => entry.level === 1) ?? toc[0];
  // Pasted policies often open with their title as a plain line (個人情報の取扱いについて).
  const firstParagraph = document.blocks.find((block) => block.type === 'paragraph');
  const opening = firstParagraph?.position ? document.text.slice(firstParagraph.position.start.offset, firstParagraph.position.end.offset).trim() : '';
  if (!toc.some((entry) => entry.level === 1) && opening && opening.length <= 40 && !/[\n。]/.test(opening)) {
    if (!top || (firstParagraph?.position?.start.offset ?? Infinity) < (document.sections[0]?.headingSpan.start ?? Infinity)) return opening;
  }
  if (top) return top.text;
  return document.language === 'ja' ? 'プライバシーポリシー' : 'Privacy Policy';
}

/** Renders a policy for reading: the preview's body and the content of the exported page. */
/** `clauses`: the library `::clause` directives expand from (the configuration's sets included). */
export function renderPolicy(document: PolicyDocument, clauses?: ClauseLibrary): RenderedPolicy {
  const body = renderBody(document, clauses) ?? renderWhole(document, clauses);
  return { html: body.html, title: titleOf(document, body.toc), lang: document.language, toc: body.toc };
}

/** The whole document in one pass, for what the block cache cannot handle; also the tests' reference. */
export function renderWhole(document: PolicyDocument, clauses?: ClauseLibrary): { html: string; toc: TocEntry[] } {
  const hast = sanitizeHast(mdastToHast(prepareTree(document, clauses) as Root));
  return { html: stringifyHast(hast), toc: collectHeadings(hast) };
}
