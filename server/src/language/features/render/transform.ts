import type { Element } from 'hast';
import type { BlockContent, Data, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { PolicyDocument, Section, TableInfo, TableRowInfo } from '../../model/types';
import type { ClauseLibrary } from '../../clauses/user';
import { expandClause } from './clauses';
import { joinJapaneseLines } from './cjk';

/**
 * Builds the tree the page is rendered from: a copy of the engine's parse (never the cached tree
 * itself, which the next version of the document reuses), with what a reader should see instead of
 * what was typed: pseudo-headings as headings, pasted tables as tables, clause directives expanded,
 * raw HTML dropped and Japanese lines joined. Every block carries its 0-based source line so that
 * the preview can scroll with the editor.
 */
export function prepareTree(document: PolicyDocument, clauses?: ClauseLibrary): Root {
  return { type: 'root', children: prepareBlocks(document.blocks, createState(document, clauses)) };
}

export function createState(document: PolicyDocument, clauses?: ClauseLibrary): State {
  return {
    document,
    clauses,
    pseudoHeadings: new Map(document.sections.filter((s) => s.pseudo).map((s) => [s.headingSpan.start, s])),
    pseudoTables: new Map(document.tables.filter((t) => t.kind !== 'gfm').map((t) => [t.span.start, t])),
    ids: new Set(),
    headingCount: 0,
    renamed: false,
    idLog: [],
  };
}

/**
 * Top-level blocks in, the tree's children out. Called once for the whole document, or block by
 * block with one shared state (the incremental render), which numbers headings the same either way.
 */
export function prepareBlocks(nodes: readonly RootContent[], state: State): RootContent[] {
  return blocks(nodes, state, true);
}

export interface State {
  readonly document: PolicyDocument;
  readonly clauses?: ClauseLibrary;
  readonly pseudoHeadings: ReadonlyMap<number, Section>;
  readonly pseudoTables: ReadonlyMap<number, TableInfo>;
  readonly ids: Set<string>;
  headingCount: number;
  /** Whether some heading did not get the id it asked for (a clash); such HTML depends on its neighbours. */
  renamed: boolean;
  /** Every id handed out, in order; the incremental render reads off the ones a block took. */
  readonly idLog: string[];
}

type Props = Record<string, string | number | boolean | string[]>;

const attributePattern = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;
const lineBreakTag = /^<br\s*\/?>$/i;

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? -1;
}

function withProps<T extends Nodes>(node: T, props: Props): T {
  const data = (node.data ?? {}) as Data & { hProperties?: Props };
  return { ...node, data: { ...data, hProperties: { ...data.hProperties, ...props } } };
}

function lineProps(state: State, start: number): Props {
  return start >= 0 ? { dataLine: state.document.lines.lineAt(start) } : {};
}

/** Elements whose content is code or markup, not text: what sits between their tags is dropped too. */
const opaqueElement = /^<(script|style|svg|math|template|iframe|object|noscript|textarea|title)\b[^>]*>$/i;

/** A deep copy of inline content without raw HTML; `<br>` is the one tag writers rely on (in tables). */
function inline(children: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let insideOpaque: string | undefined;
  for (const child of children) {
    if (insideOpaque) {
      if (child.type === 'html' && new RegExp(`^</${insideOpaque}\\s*>$`, 'i').test(child.value.trim())) insideOpaque = undefined;
    } else if (child.type === 'html') {
      const value = child.value.trim();
      if (lineBreakTag.test(value)) out.push({ type: 'break' });
      else insideOpaque = opaqueElement.exec(value)?.[1];
    } else if (child.type === 'textDirective') {
      out.push(...inline(child.children));
    } else if ('children' in child) {
      out.push({ ...child, children: inline(child.children as PhrasingContent[]) } as PhrasingContent);
    } else {
      out.push(structuredClone(child));
    }
  }
  return out;
}

/** A paragraph left with nothing but whitespace once its raw HTML is gone is not shown at all. */
function isBlank(children: readonly PhrasingContent[]): boolean {
  return children.every((child) => child.type === 'text' && child.value.trim() === '');
}

function joined<T extends Paragraph | Heading | TableCell>(node: T): T {
  joinJapaneseLines(node);
  return node;
}

function uniqueId(state: State, wanted: string): string {
  let id = wanted;
  for (let n = 2; state.ids.has(id); n++) id = `${wanted}-${n}`;
  state.ids.add(id);
  state.idLog.push(id);
  return id;
}

function heading(state: State, depth: number, children: PhrasingContent[], start: number, pseudo: boolean): Heading {
  let explicitId: string | undefined;
  const last = children[children.length - 1];
  if (last?.type === 'text') {
    const attribute = attributePattern.exec(last.value);
    if (attribute) {
      explicitId = attribute[1];
      last.value = last.value.slice(0, attribute.index);
    }
  }
  state.headingCount++;
  const wanted = explicitId ?? `section-${state.headingCount}`;
  const id = uniqueId(state, wanted);
  if (id !== wanted) state.renamed = true;
  const props: Props = { ...lineProps(state, start), id };
  if (pseudo) props.className = ['pseudo-heading'];
  const node: Heading = { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children };
  return joined(withProps(node, props));
}

/** A one-item numbered list standing in for a heading keeps its number as written. */
function listPseudoHeading(state: State, list: List, section: Section): Heading | undefined {
  const first = list.children[0]?.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const start = startOf(list);
  const marker = /^\d{1,9}[.)]/.exec(state.document.text.slice(start))?.[0];
  const children = inline(first.children);
  if (marker) children.unshift({ type: 'text', value: `${marker} ` });
  return heading(state, section.suggestedLevel, children, start, true);
}

function cellElement(tagName: 'th' | 'td', value: string): Element {
  return { type: 'element', tagName, properties: {}, children: value ? [{ type: 'text', value }] : [] };
}

function rowElement(state: State, row: TableRowInfo, columns: number, tagName: 'th' | 'td'): Element {
  const cells = Array.from({ length: columns }, (_, i) => cellElement(tagName, row.cells[i]?.text ?? ''));
  return { type: 'element', tagName: 'tr', properties: { dataLine: state.document.lines.lineAt(row.span.start) }, children: cells };
}

/** Tab- or space-aligned lines become a real table, with a header row only when one was written. */
function pseudoTable(state: State, table: TableInfo): RootContent {
  const sections: Element[] = [];
  if (table.header) {
    sections.push({ type: 'element', tagName: 'thead', properties: {}, children: [rowElement(state, table.header, table.columnCount, 'th')] });
  }
  sections.push({ type: 'element', tagName: 'tbody', properties: {}, children: table.rows.map((row) => rowElement(state, row, table.columnCount, 'td')) });
  const node = {
    type: 'policyTable',
    data: { hName: 'table', hProperties: { ...lineProps(state, table.span.start), className: ['pseudo-table'] }, hChildren: sections },
  };
  return node as unknown as RootContent;
}

function gfmTable(state: State, table: Table): Table {
  const rows = table.children.map((row) =>
    withProps(
      { ...row, children: row.children.map((cell) => joined({ ...cell, children: inline(cell.children) })) },
      lineProps(state, startOf(row)),
    ),
  );
  return withProps({ ...table, children: rows }, lineProps(state, startOf(table)));
}

function listItem(state: State, item: ListItem, ordered: boolean): ListItem {
  const start = startOf(item);
  const props = lineProps(state, start);
  if (ordered && start >= 0) {
    // Markdown renumbers ordered lists from their start; readers must see the numbers the writer wrote.
    const number = /^(\d{1,9})[.)]/.exec(state.document.text.slice(start, start + 12));
    if (number) props.value = Number(number[1]);
  }
  return withProps({ ...item, children: blocks(item.children, state, false) as ListItem['children'] }, props);
}

function directive(state: State, node: Extract<RootContent, { type: 'leafDirective' | 'containerDirective' }>): RootContent[] {
  const start = startOf(node);
  if (node.name === 'clause') {
    const ref = node.attributes?.ref ?? '';
    const academic = !/^(?:no|false|0)$/i.test(node.attributes?.academic ?? '');
    const [first, ...rest] = expandClause(ref, state.document, { academic, library: state.clauses });
    return first ? [withProps(first, lineProps(state, start)), ...rest] : [];
  }
  // Other directives keep their content and lose their attributes, which nothing here interprets.
  if (node.type === 'leafDirective') return [joined(withProps({ type: 'paragraph', children: inline(node.children) } as Paragraph, lineProps(state, start)))];
  const container = { type: 'policyDirective', data: { hName: 'div', hProperties: { ...lineProps(state, start), className: ['directive'] } }, children: blocks(node.children, state, false) };
  return [container as unknown as RootContent];
}

function blocks(children: readonly RootContent[], state: State, topLevel: boolean): RootContent[] {
  const out: RootContent[] = [];
  let consumedUntil = -1;
  for (const node of children) {
    const start = startOf(node);
    if (start >= 0 && start < consumedUntil) continue;
    switch (node.type) {
      case 'yaml':
      case 'html':
        break;
      case 'paragraph': {
        const table = state.pseudoTables.get(start);
        const section = topLevel ? state.pseudoHeadings.get(start) : undefined;
        if (table) {
          out.push(pseudoTable(state, table));
          consumedUntil = table.span.end;
        } else if (section) {
          out.push(heading(state, section.suggestedLevel, inline(node.children), start, true));
        } else {
          const content = inline(node.children);
          if (!isBlank(content)) out.push(joined(withProps({ ...node, children: content }, lineProps(state, start))));
        }
        break;
      }
      case 'heading':
        out.push(heading(state, node.depth, inline(node.children), start, false));
        break;
      case 'list': {
        const section = topLevel && node.children.length === 1 ? state.pseudoHeadings.get(start) : undefined;
        const pseudo = section ? listPseudoHeading(state, node, section) : undefined;
        if (pseudo) out.push(pseudo);
        else out.push(withProps({ ...node, children: node.children.map((item) => listItem(state, item, node.ordered === true)) }, lineProps(state, start)));
        break;
      }
      case 'table':
        out.push(gfmTable(state, node));
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        out.push(withProps({ ...node, children: blocks(node.children, state, false) as BlockContent[] }, lineProps(state, start)));
        break;
      case 'leafDirective':
      case 'containerDirective':
        out.push(...directive(state, node));
        break;
      default:
        out.push(withProps(structuredClone(node), lineProps(state, start)));
    }
  }
  return out;
}
