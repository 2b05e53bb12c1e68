import { formatNumbering } from '../model/numbering';
import type { Numbering, NumberedRun } from '../model/types';
import type { Fix, PolicyRule, TextEdit } from './types';

const sourceName = {
  list: { ja: 'リスト', en: 'list' },
  'list-inner': { ja: 'リスト項目', en: 'list items' },
  paragraphs: { ja: '番号付きの段落', en: 'numbered paragraphs' },
  headings: { ja: '見出し', en: 'headings' },
} as const;

/** Renumbers the run from `from` on so it counts on from the item before it. */
function renumberFix(run: NumberedRun, from: number): Fix | undefined {
  const edits: TextEdit[] = [];
  let expected = run.items[from - 1].value + 1;
  for (let i = from; i < run.items.length; i++) {
    const item = run.items[i];
    if (item.value !== expected) edits.push({ span: item.span, newText: formatNumbering(item, expected, run.style) });
    expected++;
  }
  if (edits.length === 0) return undefined;
  return { title: { ja: 'ここから番号を振り直す', en: 'Renumber from here' }, edits, safe: true };
}

function show(item: Numbering, value: number, run: NumberedRun): string {
  return formatNumbering(item, value, run.style).trim();
}

/**
 * Whether every skipped number is written at the start of a line in between: the item is there but
 * not read as one (a heading glued to the paragraph before it), which broken-line reports instead.
 */
function writtenBetween(text: string, run: NumberedRun, previous: Numbering, current: Numbering): boolean {
  if (current.value - previous.value > 10) return false;
  const between = text.slice(previous.span.end, current.span.start);
  for (let value = previous.value + 1; value < current.value; value++) {
    const prefix = show(current, value, run).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`(?:^|\\n)[ \\t　]*${prefix}(?![0-9０-９])`).test(between)) return false;
  }
  return true;
}

export const numberingGapRule: PolicyRule = {
  id: 'numbering-gap',
  description: {
    ja: '番号の飛び・重複・後戻り（リスト、番号付き段落、見出し）',
    en: 'Gaps, repeats and restarts in numbering (lists, numbered paragraphs, headings)',
  },
  tags: ['structure', 'numbering'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '番号が飛ぶと、項目が削除されたのか書き漏れなのか読み手には分かりません。「前項」「(4)」などの参照もずれます。',
    en: 'A skipped number leaves readers wondering whether an item was deleted or forgotten, and references such as "item (4)" point to the wrong place.',
  },
  fixable: true,
  check({ report, document }) {
    for (const run of document.numberedRuns) {
      // 1. 1. 1. is a Markdown convention that lets the renderer number the list.
      if (run.source === 'list' && run.items.every((item) => item.value === run.items[0].value)) continue;
      for (let i = 1; i < run.items.length; i++) {
        const previous = run.items[i - 1];
        const current = run.items[i];
        if (current.value === previous.value + 1) continue;
        const where = sourceName[run.source];
        const expected = show(current, previous.value + 1, run);
        const fix = renumberFix(run, i);
        const fixes = fix ? [fix] : [];
        if (current.value > previous.value + 1 && writtenBetween(document.text, run, previous, current)) continue;
        if (current.value > previous.value + 1) {
          const missing = Array.from({ length: Math.min(current.value - previous.value - 1, 5) }, (_, k) => show(current, previous.value + 1 + k, run));
          const missingText = missing.join('、') + (current.value - previous.value - 1 > 5 ? '…' : '');
          report({
            span: current.span,
            messageId: 'gap',
            message: {
              ja: `${where.ja}の番号が ${previous.text.trim()} から ${current.text.trim()} に飛んでいます（${missingText} がありません）。項目が抜けていないか確かめ、抜けていなければ番号を振り直してください。`,
              en: `Numbering of the ${where.en} jumps from ${previous.text.trim()} to ${current.text.trim()}: ${missing.join(', ')}${current.value - previous.value - 1 > 5 ? '…' : ''} is missing. Check that no item was lost, or renumber.`,
            },
            fixes,
          });
        } else if (current.value === previous.value) {
          report({
            span: current.span,
            messageId: 'repeat',
            message: {
              ja: `${where.ja}の番号 ${current.text.trim()} が重複しています。${expected} にしてください。`,
              en: `Numbering of the ${where.en} repeats ${current.text.trim()}; this one should be ${expected}.`,
            },
            fixes,
          });
        } else {
          report({
            span: current.span,
            messageId: 'restart',
            message: {
              ja: `${where.ja}の番号が ${previous.text.trim()} の後で ${current.text.trim()} に戻っています。続き番号なら ${expected}、別のリストなら間に見出しか文を置いてください。`,
              en: `Numbering of the ${where.en} goes back from ${previous.text.trim()} to ${current.text.trim()}. If this continues the sequence it should be ${expected}; if it starts a new one, separate it with a heading or a sentence.`,
            },
            fixes,
          });
        }
      }
    }
  },
};
