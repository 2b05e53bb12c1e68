import type { List, Nodes, Paragraph, RootContent } from 'mdast';
import { sectionAt } from './sections';
import { alternativeReadings, parseNumbering } from './numbering';
import { plainText, spanOf } from './text';
import type { Span } from '../text/positions';
import type { ListInfo, ListItemInfo, Numbering, NumberedRun, NumberingStyle, Section } from './types';

type Parent = { children: RootContent[] };

/**
 * The lists inside one top-level block, with indexes counted from 0 within the block. When the block
 * is itself a list, its intro (the paragraph before it) lies outside the block and is left undefined.
 */
function listsInBlock(block: RootContent, text: string): ListInfo[] {
  const lists: ListInfo[] = [];

  function visitList(list: List, depth: number, parentList: number | undefined, intro: Paragraph | undefined): number {
    const listSpan = spanOf(list);
    const index = lists.length;
    const items: ListItemInfo[] = [];
    const placeholder: ListInfo = { index, span: listSpan ?? { start: 0, end: 0 }, ordered: Boolean(list.ordered), depth, items };
    lists.push(placeholder);
    for (const item of list.children) {
      const itemSpan = spanOf(item);
      if (!itemSpan) continue;
      const marker = /^(?:[-*+]|\d{1,9}[.)])/.exec(text.slice(itemSpan.start, itemSpan.end))?.[0] ?? '';
      const first = item.children[0];
      const firstSpan = first ? spanOf(first) : undefined;
      const paragraph = first?.type === 'paragraph' ? first : undefined;
      const itemText = paragraph ? plainText(paragraph) : '';
      const textSpan = paragraph && firstSpan ? firstSpan : { start: itemSpan.start + marker.length, end: itemSpan.start + marker.length };
      const childLists: number[] = [];
      let previous: Paragraph | undefined;
      for (const child of item.children) {
        if (child.type === 'list') childLists.push(visitList(child, depth + 1, index, previous));
        else visitContainer(child, depth + 1, index);
        previous = child.type === 'paragraph' ? child : undefined;
      }
      items.push({
        span: itemSpan,
        marker,
        markerSpan: { start: itemSpan.start, end: itemSpan.start + marker.length },
        text: itemText,
        textSpan,
        innerNumbering: paragraph && firstSpan ? parseNumbering(text.slice(firstSpan.start, firstSpan.end), firstSpan.start) : undefined,
        childLists,
      });
    }
    const introSpan = intro ? spanOf(intro) : undefined;
    lists[index] = {
      ...placeholder,
      start: list.ordered ? (list.start ?? 1) : undefined,
      parentList,
      intro: intro && introSpan ? { text: plainText(intro), span: introSpan } : undefined,
      section: undefined,
    };
    return index;
  }

  function visitContainer(node: Nodes, depth: number, parentList: number | undefined): void {
    if (!('children' in node) || node.type === 'list') return;
    let previous: Paragraph | undefined;
    for (const child of (node as Parent).children) {
      if (child.type === 'list') visitList(child, depth, parentList, previous);
      else if (child.type === 'blockquote' || child.type === 'containerDirective' || child.type === 'footnoteDefinition') visitContainer(child, depth, parentList);
      previous = child.type === 'paragraph' ? child : undefined;
    }
  }

  if (block.type === 'list') visitList(block, 0, undefined, undefined);
  else if (block.type === 'blockquote' || block.type === 'containerDirective' || block.type === 'footnoteDefinition') visitContainer(block, 0, undefined);
  return lists;
}

const shiftSpan = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });

function shiftNumbering(numbering: Numbering | undefined, delta: number): Numbering | undefined {
  return numbering && { ...numbering, span: shiftSpan(numbering.span, delta) };
}

function shiftList(list: ListInfo, delta: number): ListInfo {
  return {
    ...list,
    span: shiftSpan(list.span, delta),
    items: list.items.map((item) => ({
      ...item,
      span: shiftSpan(item.span, delta),
      markerSpan: shiftSpan(item.markerSpan, delta),
      textSpan: shiftSpan(item.textSpan, delta),
      innerNumbering: shiftNumbering(item.innerNumbering, delta),
    })),
    intro: list.intro && { text: list.intro.text, span: shiftSpan(list.intro.span, delta) },
  };
}

interface CachedLists {
  /** The block's offset when `local` was computed or last shifted. */
  start: number;
  local: ListInfo[];
  /** The lists as last handed out, with the index base, sections and intro they were given. */
  out?: { base: number; lists: ListInfo[] };
}

// Keyed by block node: the parser reuses the nodes of blocks an edit did not touch.
const listCache = new WeakMap<RootContent, CachedLists>();

function sameIntro(a: ListInfo['intro'], b: ListInfo['intro']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.span.start === b.span.start && a.span.end === b.span.end);
}

/** Every list in the document, depth-first in document order, with item texts and inner numbering. */
export function buildLists(blocks: readonly RootContent[], text: string, sections: readonly Section[]): ListInfo[] {
  const lists: ListInfo[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.type !== 'list' && block.type !== 'blockquote' && block.type !== 'containerDirective' && block.type !== 'footnoteDefinition') continue;
    const start = spanOf(block)?.start ?? 0;
    let cached = listCache.get(block);
    if (!cached) {
      cached = { start, local: listsInBlock(block, text) };
      listCache.set(block, cached);
    } else if (cached.start !== start) {
      cached.local = cached.local.map((list) => shiftList(list, start - cached!.start));
      cached.start = start;
      cached.out = undefined;
    }
    const base = lists.length;
    const previous = blocks[b - 1];
    const introSpan = block.type === 'list' && previous?.type === 'paragraph' ? spanOf(previous) : undefined;
    const outerIntro = previous?.type === 'paragraph' && introSpan ? { text: plainText(previous), span: introSpan } : undefined;
    const wanted = cached.local.map((list, i) => ({
      section: sectionAt(sections, list.span.start)?.index,
      intro: block.type === 'list' && i === 0 ? outerIntro : list.intro,
    }));
    const out = cached.out;
    const reusable = out !== undefined && out.base === base && out.lists.every((list, i) => list.section === wanted[i].section && sameIntro(list.intro, wanted[i].intro));
    if (!reusable) {
      cached.out = {
        base,
        lists: cached.local.map((list, i) => ({
          ...list,
          index: list.index + base,
          items: base === 0 ? list.items : list.items.map((item) => ({ ...item, childLists: item.childLists.map((child) => child + base) })),
          parentList: list.parentList === undefined ? undefined : list.parentList + base,
          intro: wanted[i].intro,
          section: wanted[i].section,
        })),
      };
    }
    for (const list of cached.out!.lists) lists.push(list);
  }
  return lists;
}

function numberingOfMarker(item: ListItemInfo): Numbering | undefined {
  return parseNumbering(item.marker, item.markerSpan.start);
}

/**
 * Sequences meant to count 1, 2, 3…: ordered list items, numbering written inside list items,
 * numbered paragraphs within one section, and sibling headings.
 * A value of 1 starts a new run of numbered paragraphs (a new list written as paragraphs).
 */
export function buildNumberedRuns(
  blocks: readonly RootContent[],
  text: string,
  sections: readonly Section[],
  lists: readonly ListInfo[],
): NumberedRun[] {
  const runs: NumberedRun[] = [];
  for (const list of lists) {
    if (list.ordered) {
      const items = list.items.map(numberingOfMarker).filter((n): n is Numbering => n !== undefined);
      if (items.length > 1) runs.push({ source: 'list', style: items[0].style, items });
    }
    const inner = list.items.map((item) => item.innerNumbering).filter((n): n is Numbering => n !== undefined);
    if (inner.length > 1) runs.push(...groupByStyle(inner, 'list-inner'));
  }

  const sectionStarts = new Set(sections.map((section) => section.headingSpan.start));
  const paragraphs: Numbering[][] = [];
  let open = new Map<NumberingStyle, Numbering[]>();
  for (const block of blocks) {
    const span = spanOf(block);
    if (!span) continue;
    if (block.type === 'heading' || sectionStarts.has(span.start)) {
      open = new Map();
      continue;
    }
    if (block.type !== 'paragraph') continue;
    const numbering = parseNumbering(text.slice(span.start, span.end), span.start);
    if (!numbering) continue;
    // Paragraphs numbered inside an article (第6条… ２　… ３　…) count afresh in the next article.
    if (numbering.style === 'article') for (const style of [...open.keys()]) if (style !== 'article' && style !== 'chapter') open.delete(style);
    const candidates = [{ style: numbering.style, value: numbering.value }, ...alternativeReadings(numbering)];
    const continuing = candidates.find((reading) => {
      const run = open.get(reading.style);
      return run !== undefined && reading.value !== 1;
    });
    const reading = continuing ?? candidates[0];
    const item: Numbering = { ...numbering, style: reading.style, value: reading.value };
    const run = continuing ? open.get(reading.style) : undefined;
    if (run) run.push(item);
    else {
      const fresh = [item];
      paragraphs.push(fresh);
      open.set(reading.style, fresh);
    }
  }
  for (const items of paragraphs) if (items.length > 1) runs.push({ source: 'paragraphs', style: items[0].style, items });

  // Sibling headings count as one run only while every sibling is numbered: an unnumbered or
  // mis-numbered sibling in between (## b カスタマーサポート) is a style problem, not a gap.
  const siblings = new Map<string, Numbering[][]>();
  for (const section of sections) {
    const key = `${section.parent ?? -1}:${section.level}`;
    const groups = siblings.get(key) ?? [[]];
    siblings.set(key, groups);
    const current = groups[groups.length - 1];
    if (!section.numbering || (current.length > 0 && current[0].style !== section.numbering.style)) {
      groups.push(section.numbering ? [section.numbering] : []);
    } else current.push(section.numbering);
  }
  for (const groups of siblings.values()) {
    for (const items of groups) if (items.length > 1) runs.push({ source: 'headings', style: items[0].style, items });
  }
  return runs;
}

function groupByStyle(items: readonly Numbering[], source: NumberedRun['source']): NumberedRun[] {
  const byStyle = new Map<NumberingStyle, Numbering[]>();
  for (const item of items) {
    const group = byStyle.get(item.style);
    if (group) group.push(item);
    else byStyle.set(item.style, [item]);
  }
  return [...byStyle.values()].filter((group) => group.length > 1).map((group) => ({ source, style: group[0].style, items: group }));
}
