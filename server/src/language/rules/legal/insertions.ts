// Where and how the legal fixes insert text: in the document's own words for the person and the
// business, in the marker style of the list they extend, and as whole blocks so that an insertion
// never merges into the paragraph before or after it.
import type { ListItemInfo, PolicyDocument, Section, SectionKind } from '../../model/types';
import type { TextEdit } from '../types';
import { sectionsOfKind, textUnits, withinSection } from './scan';

/** The offset just after the last character of the line holding `offset - 1` (before its newline). */
function endOfLineBefore(document: PolicyDocument, offset: number): number {
  return document.lines.lineEnd(document.lines.lineAt(Math.max(0, offset - 1)));
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const kanji = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The numbering text with its number replaced, in the same notation; undefined when it has none. */
export function renumbered(text: string, value: number): string | undefined {
  if (/[0-9]/.test(text)) return text.replace(/[0-9]+/, String(value));
  if (/[０-９]/.test(text)) return text.replace(/[０-９]+/, String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
  if (/[①-⑳]/.test(text)) return value >= 1 && value <= 20 ? text.replace(/[①-⑳]/, circled[value - 1]) : undefined;
  if (/[一二三四五六七八九十]/.test(text) && value >= 1 && value <= 19) {
    const word = value <= 10 ? kanji[value] : `十${kanji[value - 10]}`;
    return text.replace(/[一二三四五六七八九十]+/, word);
  }
  return undefined;
}

function numberOf(text: string): number | undefined {
  const ascii = text.normalize('NFKC').match(/[0-9]+/);
  if (ascii) return Number(ascii[0]);
  const c = [...text].find((char) => circled.includes(char));
  if (c) return circled.indexOf(c) + 1;
  const k = text.match(/[一二三四五六七八九十]+/)?.[0];
  if (!k) return undefined;
  if (k.length === 1) return kanji.indexOf(k) === 10 ? 10 : kanji.indexOf(k);
  return k.startsWith('十') ? 10 + kanji.indexOf(k[1]) : undefined;
}

/**
 * How items written as numbered paragraphs (「（1）法令に基づく場合」) are laid out: the space after
 * the number (often none) and whether blank lines separate them. Markdown list items need neither.
 */
export interface ItemLayout {
  readonly gap?: string;
  readonly separated?: boolean;
}

/**
 * Edits that insert new items into a list at the given positions (an index into `items`: the new
 * item goes before that item; items.length appends), in the list's own marker style. Numbered
 * markers and numbering written in the item text are renumbered after each insertion, so the
 * result needs no second fix.
 */
export function insertListItems(document: PolicyDocument, items: readonly ListItemInfo[], insertions: readonly { before: number; text: string }[], layout: ItemLayout = {}): TextEdit[] {
  if (items.length === 0 || insertions.length === 0) return [];
  const text = document.text;
  const lineStartOf = (offset: number) => document.lines.lineStart(document.lines.lineAt(offset));
  const loose = items.slice(1).some((item, i) => /\n[ \t]*\n/.test(text.slice(items[i].span.end, item.span.start)));
  const separator = loose ? '\n\n' : '\n';
  const numbered = (item: ListItemInfo) => numberOf(item.marker) !== undefined;
  const markerNumbers = items.every(numbered);
  const innerNumbers = items.every((item) => item.innerNumbering !== undefined && numberOf(item.innerNumbering.text) !== undefined);
  const edits: TextEdit[] = [];
  const sorted = [...insertions].sort((a, b) => a.before - b.before);
  // Each item's new position: the number of inserted items before it shifts its number.
  const shiftOf = (index: number) => sorted.filter((insertion) => insertion.before <= index).length;
  if (markerNumbers || innerNumbers) {
    items.forEach((item, index) => {
      const shift = shiftOf(index);
      if (shift === 0) return;
      const numbering = markerNumbers ? { text: item.marker, span: item.markerSpan } : item.innerNumbering!;
      const value = numberOf(numbering.text);
      const replaced = value === undefined ? undefined : renumbered(numbering.text, value + shift);
      if (replaced !== undefined && replaced !== numbering.text) edits.push({ span: numbering.span, newText: replaced });
    });
  }
  const first = items[0];
  const firstNumber = markerNumbers ? numberOf(first.marker) : innerNumbers ? numberOf(first.innerNumbering!.text) : undefined;
  const grouped = new Map<number, string[]>();
  sorted.forEach((insertion, k) => {
    const model = items[Math.min(insertion.before, items.length - 1)];
    const indent = text.slice(lineStartOf(model.markerSpan.start), model.markerSpan.start);
    // Its place in the finished list: the original items before it plus the insertions before it.
    const value = firstNumber === undefined ? undefined : firstNumber + insertion.before + k;
    const marker = markerNumbers && value !== undefined ? (renumbered(model.marker, value) ?? model.marker) : model.marker;
    const inner = innerNumbers && value !== undefined ? `${renumbered(model.innerNumbering!.text, value) ?? model.innerNumbering!.text} ` : '';
    grouped.set(insertion.before, [...(grouped.get(insertion.before) ?? []), `${indent}${marker}${layout.gap ?? ' '}${inner}${insertion.text}`]);
  });
  for (const [before, lines] of grouped) {
    if (before >= items.length) {
      const end = endOfLineBefore(document, items[items.length - 1].span.end);
      edits.push({ span: { start: end, end }, newText: lines.map((line) => separator + line).join('') });
    } else {
      const start = lineStartOf(items[before].markerSpan.start);
      edits.push({ span: { start, end: start }, newText: lines.map((line) => line + separator).join('') });
    }
  }
  return edits;
}

/** The end of the last text of a section (subsections included), where a new paragraph goes. */
export function endOfSection(document: PolicyDocument, section: Section): number {
  const units = textUnits(document).filter((unit) => withinSection(unit, section));
  const last = units[units.length - 1];
  return last ? endOfLineBefore(document, last.span.end) : endOfLineBefore(document, section.headingSpan.end);
}

/** An edit that adds paragraphs after `offset` (the end of a block), separated by blank lines. */
export function paragraphsAfter(offset: number, paragraphs: readonly string[]): TextEdit {
  return { span: { start: offset, end: offset }, newText: paragraphs.map((paragraph) => `\n\n${paragraph}`).join('') };
}

/** An edit that adds paragraphs at the end of the document. */
export function paragraphsAtEnd(document: PolicyDocument, paragraphs: readonly string[]): TextEdit {
  const trimmed = document.text.replace(/\s+$/, '').length;
  return paragraphsAfter(trimmed, paragraphs);
}

/** The sections of these kinds, the last one first: where content of that kind is added. */
export function lastSectionOfKind(document: PolicyDocument, kinds: readonly SectionKind[]): Section | undefined {
  const found = sectionsOfKind(document, kinds);
  return found[found.length - 1];
}

/** An edit that replaces every item of a list with new ones, in the marker style of its first item. */
export function replaceListItems(document: PolicyDocument, items: readonly ListItemInfo[], texts: readonly string[], layout: ItemLayout = {}): TextEdit | undefined {
  if (items.length === 0 || texts.length === 0) return undefined;
  const first = items[0];
  const start = document.lines.lineStart(document.lines.lineAt(first.markerSpan.start));
  const end = endOfLineBefore(document, items[items.length - 1].span.end);
  const indent = document.text.slice(start, first.markerSpan.start);
  const firstNumber = numberOf(first.marker);
  const inner = first.innerNumbering;
  const innerNumber = inner ? numberOf(inner.text) : undefined;
  const lines = texts.map((text, i) => {
    const marker = firstNumber !== undefined ? (renumbered(first.marker, firstNumber + i) ?? first.marker) : first.marker;
    const innerText = inner && innerNumber !== undefined ? `${renumbered(inner.text, innerNumber + i) ?? inner.text} ` : '';
    return `${indent}${marker}${layout.gap ?? ' '}${innerText}${text}`;
  });
  return { span: { start, end }, newText: lines.join(layout.separated ? '\n\n' : '\n') };
}

/** The statute's item text ending as most items of the list end (with or without 「。」); a tie keeps the statute's. */
export function endLike(text: string, items: readonly { readonly text: string }[]): string {
  const withStop = items.filter((item) => /。$/.test(item.text)).length;
  if (withStop * 2 > items.length) return text.replace(/。?$/, '。');
  if (withStop * 2 < items.length) return text.replace(/。$/, '');
  return text;
}
