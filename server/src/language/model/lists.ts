import type { List, Nodes, Paragraph, RootContent } from 'mdast';
import { sectionAt } from './sections';
import { alternativeReadings, parseNumbering } from './numbering';
import { plainText, spanOf } from './text';
import type { ListInfo, ListItemInfo, Numbering, NumberedRun, NumberingStyle, Section } from './types';

type Parent = { children: RootContent[] };

/** Every list in the document, depth-first in document order, with item texts and inner numbering. */
export function buildLists(blocks: readonly RootContent[], text: string, sections: readonly Section[]): ListInfo[] {
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
      section: listSpan ? sectionAt(sections, listSpan.start)?.index : undefined,
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

  visitContainer({ type: 'root', children: [...blocks] }, 0, undefined);
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
