import type { ListInfo, ListItemInfo, PolicyDocument } from '../../model/types';
import type { Finding, PolicyRule } from '../types';

/** Glyphs people type as bullets. ※ is left out: it marks a note, not an item. */
export const bulletGlyphs = '・･•●○◯■□◆◇▪▫◦‣★☆▶▸►▷➢➤✓✔';
const leadingGlyph = new RegExp(`^[${bulletGlyphs}][ \\t　]*`);

function glyphFinding(document: PolicyDocument, item: ListItemInfo): Finding | undefined {
  const source = document.text.slice(item.textSpan.start, item.textSpan.end);
  const match = leadingGlyph.exec(source);
  if (!match || match[0].trim().length === source.trim().length) return undefined;
  const glyph = match[0].trim();
  const span = { start: item.textSpan.start, end: item.textSpan.start + match[0].length };
  return {
    span: { start: item.markerSpan.start, end: span.start + glyph.length },
    messageId: 'glyph',
    message: {
      ja: `リスト記号「${item.marker}」の後にも記号「${glyph}」が書かれているため、プレビューでは記号が二重に表示されます。「${glyph}」を削除してください。`,
      en: `The list item has a second bullet "${glyph}" after its marker "${item.marker}", so the rendered list shows two bullets. Remove "${glyph}".`,
    },
    fixes: [{ title: { ja: `「${glyph}」を削除する`, en: `Remove "${glyph}"` }, edits: [{ span, newText: '' }], safe: true }],
  };
}

/** `1. (1) …`: a numbered list whose items number themselves again. A bullet list may hold (1) freely. */
function numberingFinding(document: PolicyDocument, list: ListInfo, item: ListItemInfo, index: number): Finding | undefined {
  const inner = item.innerNumbering;
  if (!list.ordered || !inner || inner.span.start !== item.textSpan.start) return undefined;
  const after = /^[ \t　]*/.exec(document.text.slice(inner.span.end, item.textSpan.end))?.[0].length ?? 0;
  if (inner.span.end + after >= item.textSpan.end) return undefined;
  // Removing the inner number loses nothing only when the rendered number says the same.
  const rendered = (list.start ?? 1) + index;
  return {
    span: { start: item.markerSpan.start, end: inner.span.end },
    messageId: 'numbering',
    message: {
      ja: `番号付きリストの項目に、さらに番号「${inner.text}」が書かれているため、プレビューでは「${rendered}. ${inner.text}」と番号が二重に表示されます。どちらか一方の番号にしてください。`,
      en: `This numbered list item is numbered again with "${inner.text}", so it renders as "${rendered}. ${inner.text}". Keep one of the two numbers.`,
    },
    fixes: [
      {
        title: { ja: `「${inner.text}」を削除する`, en: `Remove "${inner.text}"` },
        edits: [{ span: { start: inner.span.start, end: inner.span.end + after }, newText: '' }],
        safe: inner.value === rendered,
      },
    ],
  };
}

/** `1. 1. …` or `- - …`: Markdown reads the second marker as a list nested on the same line. */
function nestedMarkerFinding(document: PolicyDocument, item: ListItemInfo): Finding | undefined {
  const child = item.childLists.length > 0 ? document.lists[item.childLists[0]] : undefined;
  if (!child || item.textSpan.end > item.textSpan.start || child.items.length !== 1) return undefined;
  const inner = child.items[0];
  if (document.lines.lineAt(inner.markerSpan.start) !== document.lines.lineAt(item.markerSpan.start)) return undefined;
  const after = /^[ \t]*/.exec(document.text.slice(inner.markerSpan.end))?.[0].length ?? 0;
  return {
    span: { start: item.markerSpan.start, end: inner.markerSpan.end },
    messageId: 'nested-marker',
    message: {
      ja: `リスト記号「${item.marker}」の直後に記号「${inner.marker}」が続いているため、Markdown では入れ子のリストとして表示されます。「${inner.marker}」を削除してください。`,
      en: `The marker "${item.marker}" is followed by another marker "${inner.marker}", which Markdown renders as a nested list. Remove "${inner.marker}".`,
    },
    fixes: [
      {
        title: { ja: `「${inner.marker}」を削除する`, en: `Remove "${inner.marker}"` },
        edits: [{ span: { start: inner.markerSpan.start, end: inner.markerSpan.end + after }, newText: '' }],
        safe: true,
      },
    ],
  };
}

export const doubleBulletRule: PolicyRule = {
  id: 'double-bullet',
  description: {
    ja: 'リスト記号の後に重ねて書かれた記号や番号（- ・、1. ①、1. (1)）',
    en: 'A bullet or number written after the list marker (- ・, 1. ①, 1. (1))',
  },
  tags: ['writing', 'lists'],
  defaultSeverity: 'warning',
  rationale: {
    ja: 'ワープロやウェブから貼り付けた箇条書きは「・」や「①」を残したまま Markdown のリストになりがちで、記号や番号が二重に表示されます。',
    en: 'Lists pasted from word processors or web pages keep their "・" or "①" inside the Markdown list, so every item shows two bullets or two numbers.',
  },
  fixable: true,
  check({ document, report }) {
    for (const list of document.lists) {
      list.items.forEach((item, index) => {
        const finding = glyphFinding(document, item) ?? numberingFinding(document, list, item, index) ?? nestedMarkerFinding(document, item);
        if (finding) report(finding);
      });
    }
  },
};
