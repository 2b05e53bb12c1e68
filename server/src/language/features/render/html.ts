import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ClauseLibrary } from '../../clauses/user';
import type { DocumentLanguage, PolicyDocument } from '../../model/types';
import { policySchema } from './schema';
import { prepareTree } from './transform';


export interface TocEntry {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

export interface RenderedPolicy {
  /** Sanitised HTML of the body, every block carrying `data-line` (0-based source line). */
  readonly html: string;
  readonly title: string;
  readonly lang: DocumentLanguage;
  readonly toc: readonly TocEntry[];
}

// Raw HTML is already gone from the tree (prepareTree drops it), so remark-rehype never needs
// allowDangerousHtml; the sanitiser is the second wall, not the only one.
const toHast = unified().use(remarkRehype, { clobberPrefix: 'fn-' }).use(rehypeSanitize, policySchema).freeze();
const toHtml = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false } }).freeze();

export function stringifyHast(tree: HastRoot): string {
  return toHtml.stringify(tree);
}

function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function collectHeadings(tree: HastRoot): TocEntry[] {
  const found: TocEntry[] = [];
  const visit = (nodes: readonly (HastContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const level = /^h([1-6])$/.exec(node.tagName);
      const id = node.properties?.id;
      if (level && typeof id === 'string') found.push({ level: Number(level[1]), id, text: textOf(node).trim() });
      else visit((node as Element).children);
    }
  };
  visit(tree.children);
  return found;
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
  const tree = prepareTree(document, clauses);
  const hast = toHast.runSync(tree as Root) as HastRoot;
  const toc = collectHeadings(hast);
  return { html: stringifyHast(hast), title: titleOf(document, toc), lang: document.language, toc };
}
