import { segmentSpan } from '../../model/text';
import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { Finding, PolicyRule } from '../types';
import { registerCache, StringMemo } from '../../perf/memo';
import { variantGroups, type VariantGroup } from './notation-variants';
import { inStatutoryWording } from './statutoryWording';

interface Use {
  readonly form: string;
  readonly span: Span;
  /** The text that replaces the span to write it in another form. */
  readonly rewrite: (form: string) => string;
}

interface Kind {
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string };
  readonly uses: readonly Use[];
  readonly minMajority: number;
  readonly maxMinorityShare: number;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where each group's forms occur in one text segment; `index` is in the segment's value. */
interface Hit {
  readonly group: number;
  readonly index: number;
  readonly form: string;
}

// Keyed by the groups in force (configuration can change them), then by segment value: an edit changes
// one segment, so the other segments' matches carry over from the last version.
const memos = new Map<string, StringMemo<readonly Hit[]>>();
registerCache(() => memos.clear());

function hitsIn(value: string, patterns: readonly { pattern: RegExp; notAfter?: RegExp }[]): Hit[] {
  const hits: Hit[] = [];
  for (let group = 0; group < patterns.length; group++) {
    const { pattern, notAfter } = patterns[group];
    for (const match of value.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (notAfter?.test(value.slice(index + match[0].length))) continue;
      hits.push({ group, index, form: match[0] });
    }
  }
  return hits;
}

/** The uses of every group's forms in the document's text, one array per group. */
function wordUses(document: PolicyDocument, groups: readonly VariantGroup[]): Use[][] {
  const signature = JSON.stringify(groups.map((group) => [group.forms, group.notFollowedBy ?? '']));
  let memo = memos.get(signature);
  if (!memo) {
    if (memos.size >= 8) memos.clear();
    memo = new StringMemo<readonly Hit[]>(undefined, false);
    memos.set(signature, memo);
  }
  const patterns = groups.map((group) => {
    const forms = [...group.forms].sort((a, b) => b.length - a.length);
    return {
      pattern: new RegExp(forms.map(escape).join('|'), 'g'),
      notAfter: group.notFollowedBy ? new RegExp(`^(?:${group.notFollowedBy})`) : undefined,
    };
  });
  const uses: Use[][] = groups.map(() => []);
  for (const segment of document.segments) {
    for (const hit of memo.get(segment.value, (value) => hitsIn(value, patterns))) {
      const span = segmentSpan(segment, hit.index, hit.form.length, document.text);
      if (span.end - span.start === hit.form.length) uses[hit.group].push({ form: hit.form, span, rewrite: (form) => form });
    }
  }
  return uses;
}

const toFull: Record<string, string> = { '(': '（', ')': '）', '.': '．' };
const toHalf: Record<string, string> = { '（': '(', '）': ')', '．': '.' };

function widen(text: string, form: string): string {
  const table = form === 'full-width' ? toFull : toHalf;
  return [...text]
    .map((char) => {
      if (table[char]) return table[char];
      const code = char.charCodeAt(0);
      if (form === 'full-width' && code >= 0x30 && code <= 0x39) return String.fromCharCode(code + 0xfee0);
      if (form === 'half-width' && code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
      return char;
    })
    .join('');
}

/** `### （利用目的）` against `### (保存期間)`: the brackets around heading titles. */
function headingBracketUses(document: PolicyDocument): Use[] {
  const uses: Use[] = [];
  for (const section of document.sections) {
    const open = document.text[section.titleSpan.start - 1];
    const close = document.text[section.titleSpan.end];
    const form = open === '（' && close === '）' ? 'full-width' : open === '(' && close === ')' ? 'half-width' : undefined;
    if (!form || section.titleSpan.end <= section.titleSpan.start) continue;
    const span = { start: section.titleSpan.start - 1, end: section.titleSpan.end + 1 };
    const inner = document.text.slice(section.titleSpan.start, section.titleSpan.end);
    uses.push({ form, span, rewrite: (target) => (target === 'full-width' ? `（${inner}）` : `(${inner})`) });
  }
  return uses;
}

/** `（1）` against `(1)`, `１．` against `1.` in numbered paragraphs and numbers written inside list items. */
function numberingUses(document: PolicyDocument): Use[] {
  const uses: Use[] = [];
  for (const run of document.numberedRuns) {
    if (run.source !== 'paragraphs' && run.source !== 'list-inner') continue;
    for (const item of run.items) {
      if (!/[0-9０-９]/.test(item.text) || !/[()（）.．]/.test(item.text)) continue;
      const full = /[（）．０-９]/.test(item.text);
      const half = /[().0-9]/.test(item.text);
      if (full && half) continue;
      uses.push({ form: full ? 'full-width' : 'half-width', span: item.span, rewrite: (target) => widen(item.text, target) });
    }
  }
  return uses;
}

const statutoryConjunctions = new Set(['oyobi', 'matawa', 'narabini', 'moshikuwa']);
/** Groups whose statutory spelling is quoted in policies; such quotes count towards neither form. */
const quotedFromStatute = new Set([...statutoryConjunctions, 'toriatsukai']);

function report(kind: Kind, reportFinding: (finding: Finding) => void, document: PolicyDocument): void {
  const counts = new Map<string, number>();
  for (const use of kind.uses) counts.set(use.form, (counts.get(use.form) ?? 0) + 1);
  if (counts.size < 2) return;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [majority, majorityCount] = ranked[0];
  const total = kind.uses.length;
  if (majorityCount < kind.minMajority || ranked[1][1] === majorityCount || (total - majorityCount) / total > kind.maxMinorityShare) return;
  for (const use of kind.uses) {
    if (use.form === majority) continue;
    const written = document.text.slice(use.span.start, use.span.end);
    const replacement = use.rewrite(majority);
    reportFinding({
      span: use.span,
      messageId: kind.id,
      message: {
        ja: `${kind.name.ja}の表記が揺れています。この文書では「${majority}」が${majorityCount}回、「${use.form}」が${counts.get(use.form)}回使われています。読み手が別のものと受け取らないよう、「${written}」を「${replacement}」に統一してください。`,
        en: `Inconsistent notation for ${kind.name.en}: this document writes "${majority}" ${majorityCount} times and "${use.form}" ${counts.get(use.form)} times. Write "${replacement}" here so readers do not take them for different things.`,
      },
      // Conjunctions may sit inside quoted statutory wording, which must stay as the law writes it.
      fixes: [{ title: { ja: `「${replacement}」に統一する`, en: `Change to "${replacement}"` }, edits: [{ span: use.span, newText: replacement }], safe: !statutoryConjunctions.has(kind.id) }],
    });
  }
}

export const notationVariantRule: PolicyRule = {
  id: 'notation-variant',
  description: {
    ja: '同じ語・同じ種類の記号の表記揺れ（お客様／お客さま、見出しの（）と ()）',
    en: 'The same word or the same kind of mark written two ways (お客様 / お客さま, （） and () in headings)',
  },
  tags: ['writing', 'consistency'],
  defaultSeverity: 'info',
  rationale: {
    ja: '一つの文書の中で同じ語の表記が揺れると、読み手は別の意味ではないかと迷い、文書の管理が粗い印象を与えます。少数派の表記を多数派に合わせます。多数派がはっきりしない場合や、法令の引用と地の文で使い分けがちな接続詞（及び／および 等）は、よほど偏っている場合だけ指摘します。',
    en: 'When one word is spelt two ways in one policy, readers wonder whether two things are meant, and the document looks carelessly kept. The minority spelling is aligned with the majority. Nothing is reported without a clear majority, and conjunctions that policies often quote from statutes (及び / および …) only when one use stands alone.',
  },
  fixable: true,
  check({ document, config, report: reportFinding }) {
    const kinds: Kind[] = [];
    const groups = variantGroups(config?.vocabulary?.variants, config?.vocabulary?.disabledVariants).filter((group) => group.language === document.language);
    const uses = wordUses(document, groups);
    for (const [index, group] of groups.entries()) {
      kinds.push({
        id: group.id,
        name: { ja: `「${group.forms[0]}」`, en: `"${group.forms[0]}"` },
        uses: quotedFromStatute.has(group.id) ? uses[index].filter((use) => !inStatutoryWording(document.text, use.span)) : uses[index],
        minMajority: group.minMajority ?? 3,
        maxMinorityShare: group.maxMinorityShare ?? 0.25,
      });
    }
    kinds.push({ id: 'heading-brackets', name: { ja: '見出しを囲む括弧', en: 'the brackets around headings' }, uses: headingBracketUses(document), minMajority: 3, maxMinorityShare: 0.25 });
    kinds.push({ id: 'numbering-width', name: { ja: '番号の全角・半角', en: 'the width of item numbers' }, uses: numberingUses(document), minMajority: 3, maxMinorityShare: 0.25 });
    for (const kind of kinds) report(kind, reportFinding, document);
  },
};
