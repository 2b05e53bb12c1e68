import { sectionAt } from '../../model/sections';
import { segmentSpan } from '../../model/text';
import type { PolicyDocument, SectionKind } from '../../model/types';
import type { Span } from '../../text/positions';

/**
 * The names a writer navigates and renames: defined terms (以下「当社」) and recipients
 * (the recipient column of a table, and companies named in the sections about provision).
 * Built once per document version from the model; the navigation features only read it.
 */
export type NameKind = 'term' | 'recipient';

export interface NamedThing {
  readonly name: string;
  readonly kind: NameKind;
  /** Where the name is defined: the term inside its 「」, or the table cells that list the recipient. */
  readonly definitions: readonly Span[];
  /** Every use in prose, headings and tables, definitions included, in document order. */
  readonly occurrences: readonly Span[];
}

/** Company names as written in running text; the same shapes the recipient rules read. */
const companyInText =
  /(?:株式会社|有限会社|合同会社)[^\s、。，,.：:（）()「」『』にへをがはのとでやも]{1,20}|[^\s、。，,.：:（）()「」『』ぁ-ん]{1,20}(?:株式会社|有限会社|合同会社)|[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3},? (?:Inc\.|LLC|Ltd\.|Limited|Corporation|GmbH)|Google Analytics|Google(?:アナリティクス| アナリティクス)|Google AdSense|Amazon Web Services|Stripe|PayPal|Firebase|Salesforce|Zendesk|HubSpot|Sentry|Mixpanel|Amplitude|Intercom/g;

/** Sections whose text names the people data goes to. */
const recipientSections: readonly SectionKind[] = ['third-party', 'outsourcing', 'joint-use', 'foreign-transfer', 'cookies'];

const isKatakana = (char: string) => /[\u30a1-\u30fa\u30fc]/.test(char);
const isAlnum = (char: string) => /[A-Za-z0-9]/.test(char);

/**
 * Japanese has no spaces, so a use is a substring; only where a script continues across the edge
 * (サービス inside サービス提供者, Cookie inside Cookies) is the match part of another word.
 */
function standsAlone(text: string, span: Span, name: string): boolean {
  const before = text[span.start - 1] ?? '';
  const after = text[span.end] ?? '';
  if (isAlnum(name[0]) && isAlnum(before)) return false;
  if (isAlnum(name[name.length - 1]) && isAlnum(after)) return false;
  if (isKatakana(name[0]) && isKatakana(before)) return false;
  if (isKatakana(name[name.length - 1]) && isKatakana(after)) return false;
  return true;
}

function rawOccurrences(document: PolicyDocument, name: string): Span[] {
  const spans: Span[] = [];
  for (const segment of document.segments) {
    let index = segment.value.indexOf(name);
    while (index >= 0) {
      const span = segmentSpan(segment, index, name.length, document.text);
      if (document.text.slice(span.start, span.end) === name && standsAlone(document.text, span, name)) spans.push(span);
      index = segment.value.indexOf(name, index + name.length);
    }
  }
  return spans;
}

/** Where a recipient's name sits in its item: the name may be part of the item (提供者：ヤフー株式会社). */
function nameSpan(document: PolicyDocument, item: Span, name: string): Span | undefined {
  const found = document.text.indexOf(name, item.start);
  return found >= 0 && found + name.length <= item.end ? { start: found, end: found + name.length } : undefined;
}

const organisation = /株式会社|有限会社|合同会社|(?:社団|財団)法人|機関|協会|組合|銀行|\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH)\b/;
const hiragana = /[\u3041-\u309f]/g;

/**
 * A recipient cell holds a name, but pasted tables put sentences and labels there too
 * (提供者：ヤフー株式会社, これらの情報を…). A label before a colon is dropped; text that reads as
 * a sentence or a clause is not a name.
 */
function recipientName(value: string): string | undefined {
  // A trailing full stop is kept: it belongs to Inc. and Ltd.
  let name = value.replace(/^[\s・*]+|[\s。．、，,]+$/g, '');
  const labelled = /^[^：:]{1,8}[：:]\s*(.+)$/.exec(name);
  if (labelled) name = labelled[1].trim();
  if (name.length < 2 || name.length > 30 || /[。！？]|ます|です|ません|に対して|に基づ|について|により|による|として|その他/.test(name)) return undefined;
  if (/(?:[はをにがでもへ]|ため|場合|こと|する|して|した|ない)$/.test(name)) return undefined;
  if (!organisation.test(name) && ((name.match(hiragana)?.length ?? 0) > name.length * 0.3 || name.length > 25)) return undefined;
  if (/^[\x20-\x7e]+$/.test(name) && !/[A-Z]/.test(name)) return undefined;
  return name;
}

/** Companies joined in running text (株式会社A及び株式会社B) are matched as one run and named apart. */
function companyNames(match: string): string[] {
  return match
    .split(/および|及び|並びに|ならびに|又は|または/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && !/^(?:株式会社|有限会社|合同会社)$/.test(part));
}

function collectNames(document: PolicyDocument): Map<string, { kind: NameKind; definitions: Span[] }> {
  const names = new Map<string, { kind: NameKind; definitions: Span[] }>();
  const add = (name: string, kind: NameKind, definition: Span | undefined) => {
    if (name.length < (kind === 'term' ? 1 : 2) || /[\n|]/.test(name)) return;
    const entry = names.get(name) ?? { kind, definitions: [] };
    if (kind === 'term') entry.kind = 'term';
    if (definition && (kind === entry.kind || entry.definitions.length === 0)) entry.definitions.push(definition);
    names.set(name, entry);
  };
  for (const term of document.terms) add(term.term, 'term', term.span);
  for (const table of document.tables) {
    const column = table.roles.indexOf('recipient');
    if (column < 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[column];
      if (!cell) continue;
      for (const item of cell.items) {
        const name = recipientName(item.text);
        if (name) add(name, 'recipient', nameSpan(document, item.span, name));
      }
    }
  }
  const author = document.organization?.name;
  const referents = new Set(document.terms.map((t) => t.referent?.text));
  for (const segment of document.segments) {
    if (!inRecipientSection(document, segment.span.start)) continue;
    companyInText.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = companyInText.exec(segment.value)) !== null) {
      for (const name of companyNames(match[0])) {
        if (name === author || names.has(name) || referents.has(name)) continue;
        add(name, 'recipient', undefined);
      }
    }
  }
  return names;
}

/** Whether an offset lies in a section about recipients, or in a subsection of one. */
function inRecipientSection(document: PolicyDocument, offset: number): boolean {
  for (let section = sectionAt(document.sections, offset); section; section = section.parent !== undefined ? document.sections[section.parent] : undefined) {
    if (section.kinds.some((kind) => recipientSections.includes(kind))) return true;
  }
  return false;
}

function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function build(document: PolicyDocument): NamedThing[] {
  const names = collectNames(document);
  // Longer names first, so that 当社 never claims the 当社 inside 当社グループ.
  const ordered = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Which longer use covers each character, so that the check stays linear in long documents.
  const claimed: Span[] = [];
  const owner = new Int32Array(document.text.length).fill(-1);
  const isClaimed = (span: Span) =>
    [owner[span.start], owner[span.end - 1]].some((index) => index >= 0 && contains(claimed[index], span) && claimed[index].end - claimed[index].start > span.end - span.start);
  const things: NamedThing[] = [];
  for (const name of ordered) {
    const entry = names.get(name)!;
    const uses = rawOccurrences(document, name).filter((span) => !isClaimed(span));
    const starts = new Set(uses.map((u) => u.start));
    const definitions = entry.definitions.filter((d) => starts.has(d.start));
    if (uses.length === 0) continue;
    for (const span of uses) {
      claimed.push(span);
      for (let i = span.start; i < span.end; i++) if (owner[i] < 0) owner[i] = claimed.length - 1;
    }
    things.push({ name, kind: entry.kind, definitions: definitions.length > 0 ? definitions : [uses[0]], occurrences: uses.sort((a, b) => a.start - b.start) });
  }
  return things.sort((a, b) => a.occurrences[0].start - b.occurrences[0].start);
}

const cache = new WeakMap<PolicyDocument, NamedThing[]>();

export function namedThings(document: PolicyDocument): readonly NamedThing[] {
  let things = cache.get(document);
  if (!things) {
    things = build(document);
    cache.set(document, things);
  }
  return things;
}

/** The name under the cursor: a cursor right after a name still counts, as editors expect. */
export function nameAt(document: PolicyDocument, offset: number): { thing: NamedThing; span: Span } | undefined {
  let touching: { thing: NamedThing; span: Span } | undefined;
  for (const thing of namedThings(document)) {
    for (const span of thing.occurrences) {
      if (span.start <= offset && offset < span.end) return { thing, span };
      if (span.end === offset) touching = { thing, span };
    }
  }
  return touching;
}
