// Shared reading helpers for the legal rules: the document as units of flattened text (paragraphs,
// list-item paragraphs, headings, table rows), so that keyword tests survive lines broken
// mid-word ("相\n当") and findings can still point at exact offsets.
import type { Nodes, RootContent } from 'mdast';
import { sectionAt } from '../../model/sections';
import { spanOf } from '../../model/text';
import type { PolicyDocument, Section, SectionKind } from '../../model/types';
import { nothingFinder, regexKind } from '../../perf/memo';
import type { Span } from '../../text/positions';

export interface TextUnit {
  readonly type: 'heading' | 'paragraph' | 'row';
  readonly span: Span;
  /** Source text with line breaks (and the indentation after them) removed; spaces in English. */
  readonly text: string;
  /** offsets[i] is the document offset of text[i]. */
  readonly offsets: readonly number[];
  readonly section?: number;
  /** True for a paragraph inside a list item. */
  readonly inList: boolean;
}

function flatten(source: string, start: number, english: boolean): { text: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\r') continue;
    if (char === '\n') {
      while (chars.length > 0 && /[ \t　]/.test(chars[chars.length - 1])) {
        chars.pop();
        offsets.pop();
      }
      while (i + 1 < source.length && /[ \t　>]/.test(source[i + 1])) i++;
      if (english && chars.length > 0) {
        chars.push(' ');
        offsets.push(start + i);
      }
      continue;
    }
    chars.push(char);
    offsets.push(start + i);
  }
  return { text: chars.join(''), offsets };
}

const cache = new WeakMap<PolicyDocument, TextUnit[]>();

interface BlockUnits {
  /** The block's offset when the units were computed or last shifted. */
  start: number;
  english: boolean;
  units: TextUnit[];
  /** The block's offset when the units were computed, and each unit's offsets then. */
  origin: number;
  offsets: (readonly number[])[];
}

/**
 * A unit whose offsets are shifted from those first computed when they are read: a moved block's units
 * are rebuilt on every keystroke above them, and few of them are ever asked where a character is.
 */
function movedUnit(unit: TextUnit, original: readonly number[], shift: number, delta: number, section: number | undefined): TextUnit {
  let offsets: readonly number[] | undefined;
  const moved = {
    type: unit.type,
    span: delta === 0 ? unit.span : { start: unit.span.start + delta, end: unit.span.end + delta },
    text: unit.text,
    section,
    inList: unit.inList,
  };
  return Object.defineProperty(moved, 'offsets', { enumerable: true, get: () => (offsets ??= shift === 0 ? original : original.map((offset) => offset + shift)) }) as unknown as TextUnit;
}

// Keyed by top-level block node, which the parser reuses (shifted in place) where an edit did not
// touch it: the units of a block only move, and their sections are looked up again.
const blockCache = new WeakMap<RootContent, BlockUnits>();

function unitsOfBlock(block: RootContent, text: string, english: boolean): TextUnit[] {
  const units: TextUnit[] = [];
  const add = (type: TextUnit['type'], node: Nodes, inList: boolean) => {
    const span = spanOf(node);
    if (!span) return;
    const { text: flat, offsets } = flatten(text.slice(span.start, span.end), span.start, english);
    units.push({ type, span, text: flat, offsets, section: undefined, inList });
  };
  const visit = (nodes: readonly RootContent[], inList: boolean) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') add('paragraph', node, inList);
      else if (node.type === 'heading') add('heading', node, inList);
      else if (node.type === 'table') for (const row of node.children) add('row', row, inList);
      else if (node.type === 'list') for (const item of node.children) visit(item.children, true);
      else if (node.type === 'blockquote' || node.type === 'containerDirective' || node.type === 'footnoteDefinition') visit(node.children, inList);
    }
  };
  visit([block], false);
  return units;
}

/** Every paragraph, heading and table row of the document, in order. */
export function textUnits(document: PolicyDocument): readonly TextUnit[] {
  const cached = cache.get(document);
  if (cached) return cached;
  const units: TextUnit[] = [];
  const english = document.language === 'en';
  for (const block of document.blocks) {
    const start = spanOf(block)?.start;
    if (start === undefined) {
      for (const unit of unitsOfBlock(block, document.text, english)) units.push({ ...unit, section: sectionAt(document.sections, unit.span.start)?.index });
      continue;
    }
    let entry = blockCache.get(block);
    if (!entry || entry.english !== english) {
      const fresh = unitsOfBlock(block, document.text, english);
      entry = { start, english, units: fresh, origin: start, offsets: fresh.map((unit) => unit.offsets) };
      blockCache.set(block, entry);
    } else if (entry.start !== start) {
      const delta = start - entry.start;
      const { offsets, origin } = entry;
      entry.units = entry.units.map((unit, i) => movedUnit(unit, offsets[i], start - origin, delta, unit.section));
      entry.start = start;
    }
    for (let i = 0; i < entry.units.length; i++) {
      const unit = entry.units[i];
      const section = sectionAt(document.sections, unit.span.start)?.index;
      if (unit.section !== section) entry.units[i] = movedUnit(unit, entry.offsets[i], start - entry.origin, 0, section);
      units.push(entry.units[i]);
    }
  }
  cache.set(document, units);
  return units;
}

/**
 * Whether any unit's text matches a (non-global) pattern. What the pattern found in each text is
 * remembered, since the document-wide checks ask the same of almost the same texts on every edit.
 */
export function anyUnitMatches(units: readonly TextUnit[], pattern: RegExp): boolean {
  return units.some(unitMatcher(pattern));
}

/** A test of units against a (non-global) pattern that remembers the texts it found nothing in. */
export function unitMatcher(pattern: RegExp): (unit: TextUnit) => boolean {
  const kind = regexKind(pattern);
  const finds = (text: string) => pattern.test(text);
  const findsNothing = nothingFinder(kind, finds);
  return (unit) => !findsNothing(unit.text);
}

/** The document span of text[index, index + length) in a unit. */
export function unitSpan(unit: TextUnit, index: number, length: number): Span {
  if (unit.offsets.length === 0) return unit.span;
  const start = unit.offsets[Math.min(index, unit.offsets.length - 1)];
  const end = unit.offsets[Math.min(index + length, unit.offsets.length) - 1] + 1;
  return { start, end: Math.max(start, end) };
}

export function sectionsOfKind(document: PolicyDocument, kinds: readonly SectionKind[]): Section[] {
  return document.sections.filter((section) => section.kinds.some((kind) => kinds.includes(kind)));
}

/** True when the unit sits inside the section or one of its subsections. */
export function withinSection(unit: TextUnit, section: Section): boolean {
  return unit.span.start >= section.span.start && unit.span.start < section.span.end;
}

/** The first index from which every unit starts at or after `offset` (units are in document order). */
function firstStartingAt(units: readonly TextUnit[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid].span.start >= offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The units inside a section or its subsections: a run of the document's units, found by bisection. */
export function unitsWithin(document: PolicyDocument, section: Section): TextUnit[] {
  const units = textUnits(document);
  return units.slice(firstStartingAt(units, section.span.start), firstStartingAt(units, section.span.end));
}

/** The unit (of `units`, in document order) that contains `offset`. */
export function unitAt(units: readonly TextUnit[], offset: number): TextUnit | undefined {
  const unit = units[firstStartingAt(units, offset + 1) - 1];
  return unit && offset < unit.span.end ? unit : undefined;
}

/** Units inside any section of the given kinds (subsections included). */
export function unitsInKinds(document: PolicyDocument, kinds: readonly SectionKind[]): TextUnit[] {
  const sections = sectionsOfKind(document, kinds);
  const units = textUnits(document);
  const inside = new Uint8Array(units.length);
  for (const section of sections) {
    for (let i = firstStartingAt(units, section.span.start), end = firstStartingAt(units, section.span.end); i < end; i++) inside[i] = 1;
  }
  return units.filter((_, i) => inside[i] === 1);
}

/** The line a section's heading starts on, as a span: where section-level findings go. */
export function headingLine(document: PolicyDocument, section: Section): Span {
  const lineEnd = document.lines.lineEnd(document.lines.lineAt(section.headingSpan.start));
  return { start: section.headingSpan.start, end: Math.min(section.headingSpan.end, lineEnd) };
}

/** The title of the document (first heading), or its first line of text: where document-level findings go. */
export function documentAnchor(document: PolicyDocument): Span {
  const first = document.sections[0];
  const firstUnit = textUnits(document)[0];
  if (first && (!firstUnit || first.headingSpan.start <= firstUnit.span.start + 1)) return headingLine(document, first);
  if (firstUnit) {
    const lineEnd = document.lines.lineEnd(document.lines.lineAt(firstUnit.span.start));
    return { start: firstUnit.span.start, end: Math.min(firstUnit.span.end, lineEnd) };
  }
  return { start: 0, end: 0 };
}

/** NFKC and no spaces: for comparing names and items written with full- and half-width variants. */
export function normalizeName(value: string): string {
  return value.normalize('NFKC').replace(/[\s　]+/g, '').toLowerCase();
}
