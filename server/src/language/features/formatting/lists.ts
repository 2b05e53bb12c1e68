import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import { parseNumbering } from '../../model/numbering';
import { spanOf } from '../../model/text';
import type { Numbering } from '../../model/types';
import type { LineIndex } from '../../text/positions';
import { isRenumbered, renumber, styleFamily } from './numberingStyles';
import type { FormatUnit, OffsetEdit } from './types';

const markerPattern = /^(?:([-*+])|(\d{1,9})([.)]))([ \t]*)/;
const thematicBreak = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

interface Marker {
  readonly start: number;
  readonly bullet?: string;
  readonly value?: number;
  readonly delimiter?: string;
  readonly digits: string;
  /** Spaces and tabs between the marker and the item's content. */
  readonly spacing: string;
  readonly item: ListItem;
}

function readMarker(item: ListItem, text: string): Marker | undefined {
  const span = spanOf(item);
  if (!span) return undefined;
  const match = markerPattern.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
  if (!match) return undefined;
  return { start: span.start, bullet: match[1], value: match[2] ? Number(match[2]) : undefined, delimiter: match[3], digits: match[2] ?? '', spacing: match[4], item };
}

/**
 * Lists next to each other with nothing between them: CommonMark starts a new list whenever the bullet
 * (`-` → `*`) or the delimiter (`1.` → `1)`) changes, but the writer meant one list.
 */
export function adjacentListGroups(parent: { children: readonly Nodes[] }): List[][] {
  const groups: List[][] = [];
  let current: List[] = [];
  for (const child of parent.children) {
    if (child.type === 'list' && current.length > 0 && Boolean(current[0].ordered) === Boolean(child.ordered)) current.push(child);
    else if (child.type === 'list') {
      if (current.length > 0) groups.push(current);
      current = [child];
    } else {
      if (current.length > 0) groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function spansOneLine(item: ListItem, lines: LineIndex): boolean {
  const span = spanOf(item);
  return span !== undefined && lines.lineAt(span.start) === lines.lineAt(Math.max(span.start, span.end - 1));
}

type MarkerEdit = OffsetEdit | 'unchanged' | 'impossible';

/**
 * The marker rewritten, keeping the column where the item's content starts whenever later lines of the
 * item are indented to that column (9. → 10. takes a space from the spacing). 'impossible' when that
 * cannot be done, or when the new marker would turn the line into a thematic break (* - - → - - -).
 */
function markerEdit(marker: Marker, newMarker: string, text: string, lines: LineIndex): MarkerEdit {
  const old = marker.bullet ?? `${marker.digits}${marker.delimiter}`;
  if (old === newMarker) return 'unchanged';
  const lineText = text.slice(marker.start, lines.lineEnd(lines.lineAt(marker.start)));
  if (thematicBreak.test(newMarker + lineText.slice(old.length))) return 'impossible';
  if (newMarker.length === old.length || spansOneLine(marker.item, lines)) {
    return { span: { start: marker.start, end: marker.start + old.length }, newText: newMarker };
  }
  // An item whose text starts on the next line, or after a tab, has no spacing to give or take.
  if (marker.spacing.length === 0 || /\t/.test(marker.spacing)) return 'impossible';
  const spacing = marker.spacing.length - (newMarker.length - old.length);
  if (spacing < 1 || spacing > 4) return 'impossible';
  return { span: { start: marker.start, end: marker.start + old.length + marker.spacing.length }, newText: newMarker + ' '.repeat(spacing) };
}

function firstParagraph(item: ListItem): Paragraph | undefined {
  return item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
}

/** Numbering written at the start of the item's text: `- （1） …`, `1. ① …`. */
function innerNumbering(item: ListItem, text: string): Numbering | undefined {
  const paragraph = firstParagraph(item);
  const span = paragraph ? spanOf(paragraph) : undefined;
  if (!span) return undefined;
  const line = text.slice(span.start, span.end).split(/\r\n?|\n/, 1)[0];
  return parseNumbering(line, span.start);
}

/**
 * One list as the writer sees it: one bullet (the first item's) for every item, one delimiter and
 * consecutive numbers for ordered items, and consecutive numbering inside the items when every item
 * carries the same style. `1. 1. 1.` is the Markdown convention of letting the renderer count, so it stays.
 */
export function formatListGroup(group: readonly List[], text: string, lines: LineIndex): FormatUnit | undefined {
  const markers = group.flatMap((list) => list.children.map((item) => readMarker(item, text)));
  if (markers.length === 0 || markers.some((marker) => marker === undefined)) return undefined;
  const all = markers as Marker[];
  const first = all[0];
  const edits: OffsetEdit[] = [];
  const push = (edit: MarkerEdit) => {
    if (typeof edit === 'object') edits.push(edit);
  };

  if (first.bullet !== undefined) {
    for (const marker of all) push(markerEdit(marker, first.bullet, text, lines));
  } else {
    const values = all.map((marker) => marker.value ?? 0);
    const lazy = values.length > 1 && values.every((value) => value === values[0]);
    const written = (value: number) => `${String(value).padStart(first.digits.length, '0')}${first.delimiter}`;
    const planned = all.map((marker, index) => markerEdit(marker, written(lazy ? values[index] : values[0] + index), text, lines));
    // Renumber all or nothing, so that a list is never left half renumbered; the delimiter can always follow the first.
    if (planned.every((edit) => edit !== 'impossible')) planned.forEach(push);
    else for (const marker of all) push(markerEdit(marker, `${marker.digits}${first.delimiter}`, text, lines));
  }

  const inner = all.map((marker) => innerNumbering(marker.item, text));
  const style = inner[0]?.style;
  if (inner.length > 1 && style && isRenumbered(style) && inner.every((numbering) => numbering && styleFamily(numbering.style) === styleFamily(style))) {
    const template = inner[0]!;
    inner.forEach((numbering, index) => {
      const wanted = renumber(template, template.value + index, numbering!);
      if (wanted !== undefined && wanted !== numbering!.text) edits.push({ span: numbering!.span, newText: wanted });
    });
  }

  const firstSpan = spanOf(group[0]);
  const lastSpan = spanOf(group[group.length - 1]);
  if (!firstSpan || !lastSpan) return undefined;
  return { span: { start: firstSpan.start, end: lastSpan.end }, edits };
}
