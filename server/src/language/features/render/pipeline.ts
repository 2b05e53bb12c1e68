import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { policySchema } from './schema';

export interface TocEntry {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

// Raw HTML is already gone from the tree (prepareTree drops it), so remark-rehype never needs
// allowDangerousHtml; the sanitiser is the second wall, not the only one. The two steps are apart so
// that the incremental render can see which blocks produced any element before sanitising (remark-rehype
// puts a newline between the top-level elements it made, and the page must keep exactly those).
const toHast = unified().use(remarkRehype, { clobberPrefix: 'fn-' }).freeze();
const sanitize = unified().use(rehypeSanitize, policySchema).freeze();
const toHtml = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false } }).freeze();

export function mdastToHast(tree: Root): HastRoot {
  return toHast.runSync(tree) as HastRoot;
}

export function sanitizeHast(tree: HastRoot): HastRoot {
  return sanitize.runSync(tree) as HastRoot;
}

export function stringifyHast(tree: HastRoot): string {
  return toHtml.stringify(tree);
}

function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export function collectHeadings(tree: HastRoot): TocEntry[] {
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
