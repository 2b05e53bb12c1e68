// Context 1: on a new item of (or the line right after) a statutory exception list, the items the
// list still lacks, worded like the policy and numbered like the list.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { renderForPolicy, type RenderOptions } from '../../clauses/render';
import type { ClauseItem, ClauseSet } from '../../clauses/types';
import { formatNumbering, parseNumbering } from '../../model/numbering';
import type { ListInfo, ListItemInfo, Numbering, PolicyDocument } from '../../model/types';
import { documentWording } from '../../clauses/vocabulary';
import { itemArticle, itemDocumentation, recogniseClauseList } from './clauseLists';
import { sortKey, type CompletionContext } from './context';

const itemLine = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/u;

interface Placement {
  readonly list: ListInfo;
  /** Index of the list item being typed on the cursor line, if the line already has a marker. */
  readonly typing?: number;
  /** Where the inserted text goes, and what precedes the item text on the first line. */
  readonly replaceStart: number;
  readonly firstPrefix: string;
  /** Indentation and marker for every further item. */
  readonly indent: string;
  readonly nextMarker: (step: number) => string;
  readonly inner?: { readonly numbering: Numbering; readonly gap: string; readonly next: number };
  /** The writer has already typed the inner number of the first item. */
  readonly numberTyped?: boolean;
}

/** Most policies write conjunctions in kana; follow the document rather than the statute's spelling. */
export function renderOptions(document: PolicyDocument): RenderOptions {
  return { plainConjunctions: documentWording(document).kanaConjunctions };
}

function markerAfter(marker: string, step: number): string {
  const match = /^(\d+)([.)])$/u.exec(marker);
  return match ? `${Number(match[1]) + step}${match[2]}` : marker;
}

/** Inner numbering such as 「- （1）…」 or 「- ① …」 that most items of the list carry. */
function innerStyle(document: PolicyDocument, items: readonly ListItemInfo[]): Placement['inner'] {
  const numbered = items.filter((item) => item.innerNumbering);
  if (numbered.length === 0 || numbered.length * 2 < items.filter((item) => item.text.trim()).length) return undefined;
  const last = numbered[numbered.length - 1].innerNumbering as Numbering;
  const gap = /^[ \t\u3000]*/u.exec(document.text.slice(last.span.end))?.[0] ?? '';
  return { numbering: last, gap, next: last.value + 1 };
}

function indentOf(document: PolicyDocument, item: ListItemInfo): string {
  const line = document.lines.lineAt(item.span.start);
  return document.text.slice(document.lines.lineStart(line), item.span.start);
}

/** Where the item text starts on a marker line: after the marker, and after a number the writer already typed. */
function textStart(before: string, marker: RegExpExecArray, inner: Placement['inner']): { offset: number; written?: Numbering } {
  const afterMarker = marker[0].length;
  const written = parseNumbering(before.slice(afterMarker), afterMarker);
  if (!written || !inner || written.style !== inner.numbering.style) return { offset: afterMarker };
  const gap = /^[ \t\u3000]*/u.exec(before.slice(afterMarker + written.text.length))?.[0].length ?? 0;
  return { offset: afterMarker + written.text.length + gap, written };
}

/**
 * The list the cursor continues: the cursor ends a line that is one of its items, or sits on an
 * empty line right after it. Text after the cursor is never replaced.
 */
function placement(context: CompletionContext): Placement | undefined {
  const { document, line, lineStart, before } = context;
  if (context.after.trim() !== '') return undefined;
  const marker = itemLine.exec(before);
  for (const list of document.lists) {
    if (list.items.length === 0) continue;
    if (marker) {
      const typing = list.items.findIndex((item) => document.lines.lineAt(item.span.start) === line);
      if (typing < 0) continue;
      const inner = innerStyle(document, list.items.filter((_, index) => index !== typing));
      const start = textStart(before, marker, inner);
      const ownMarker = marker[2];
      return {
        list,
        typing,
        replaceStart: lineStart + start.offset,
        firstPrefix: marker[3] === '' ? ' ' : '',
        indent: marker[1],
        nextMarker: (step) => markerAfter(ownMarker, step),
        inner: inner && start.written ? { ...inner, next: start.written.value } : inner,
        numberTyped: start.written !== undefined,
      };
    }
    if (before.trim() !== '' || line !== document.lines.lineAt(list.span.end) + 1) continue;
    const last = list.items[list.items.length - 1];
    return {
      list,
      replaceStart: lineStart,
      firstPrefix: '',
      indent: indentOf(document, last),
      nextMarker: (step) => markerAfter(last.marker, step + 1),
      inner: innerStyle(document, list.items),
    };
  }
  return undefined;
}

export function itemText(document: PolicyDocument, set: ClauseSet, item: ClauseItem, options: RenderOptions): string {
  if (document.language === 'en' && set.law === 'appi') return item.english;
  // As a list item, a GDPR point reads as a sentence: capitalised and closed by a full stop, not the Regulation's ';'.
  if (set.law === 'gdpr') return `${item.statute.charAt(0).toUpperCase()}${item.statute.slice(1)}`.replace(/[;.]$/u, '.');
  return renderForPolicy(item, documentWording(document), options);
}

export function exceptionListCompletions(context: CompletionContext): CompletionItem[] {
  const where = placement(context);
  if (!where) return [];
  // Past a few words the writer is composing their own item, not choosing a statutory one.
  const typedSoFar = context.document.text.slice(where.replaceStart, context.offset);
  if (typedSoFar.length > 12 || /\s\S+\s/u.test(typedSoFar)) return [];
  const recognised = recogniseClauseList(context.document, where.list, where.typing, context.clauses);
  if (!recognised || recognised.missing.length === 0) return [];
  const { document } = context;
  const options = renderOptions(document);
  const startsLine = where.replaceStart === context.lineStart;
  const lineFor = (item: ClauseItem, step: number) => {
    const inner = where.inner && !(step === 0 && where.numberTyped) ? `${formatNumbering(where.inner.numbering, where.inner.next + step)}${where.inner.gap}` : '';
    const body = `${inner}${itemText(document, recognised.set, item, options)}`;
    if (step === 0 && !startsLine) return `${where.numberTyped ? '' : where.firstPrefix}${body}`;
    return `${where.indent}${where.nextMarker(step)} ${body}`;
  };
  return clauseItemCompletions(context, recognised.set, recognised.missing, lineFor, where.replaceStart, startsLine ? typedSoFar : '');
}

/**
 * One completion per missing item and, when several are missing, one that inserts them all;
 * `lineFor` writes the text of the item inserted `step` places after the first.
 */
export function clauseItemCompletions(
  context: CompletionContext,
  set: ClauseSet,
  missing: readonly ClauseItem[],
  lineFor: (item: ClauseItem, step: number) => string,
  replaceStart: number,
  filterPrefix: string,
  separator = '\n',
): CompletionItem[] {
  const { document, messageLanguage } = context;
  const recognised = { set, missing };
  const start = document.lines.positionAt(replaceStart);
  const end = document.lines.positionAt(context.lineEnd);
  const edit = (newText: string): TextEdit => ({ range: { start, end }, newText });
  const items: CompletionItem[] = recognised.missing.map((item, index) => {
    const newText = lineFor(item, 0);
    return {
      label: item.short[messageLanguage],
      labelDetails: { description: itemArticle(recognised.set, item, messageLanguage) },
      kind: CompletionItemKind.Value,
      detail: recognised.set.title[messageLanguage],
      documentation: { kind: MarkupKind.Markdown, value: itemDocumentation(recognised.set, item, messageLanguage) },
      sortText: sortKey(index),
      filterText: `${filterPrefix}${item.short[messageLanguage]} ${newText}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: edit(newText),
      data: { clauseItemId: item.id },
    };
  });
  if (recognised.missing.length > 1) {
    const label = messageLanguage === 'ja' ? `不足している${recognised.missing.length}項目をすべて挿入` : `Insert all ${recognised.missing.length} missing items`;
    const newText = recognised.missing.map((item, step) => lineFor(item, step)).join(separator);
    items.push({
      label,
      labelDetails: { description: recognised.set.law === 'user' ? recognised.set.title[messageLanguage] : recognised.set.article.current },
      kind: CompletionItemKind.Value,
      detail: recognised.set.title[messageLanguage],
      documentation: { kind: MarkupKind.Markdown, value: recognised.missing.map((item) => `- ${itemArticle(recognised.set, item, messageLanguage)}: ${item.short[messageLanguage]}`).join('\n') },
      sortText: sortKey(recognised.missing.length),
      filterText: `${filterPrefix}${label}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: edit(newText),
      data: { clauseSetId: recognised.set.id },
    });
  }
  return items;
}
