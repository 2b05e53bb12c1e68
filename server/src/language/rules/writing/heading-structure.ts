import { alternativeReadings, formatNumbering, parseNumbering } from '../../model/numbering';
import { plainText, sentenceEnd } from '../../model/text';
import type { PolicyDocument, Section } from '../../model/types';
import type { Finding, PolicyRule, TextEdit } from '../types';

function hashesSpan(document: PolicyDocument, section: Section): { start: number; end: number } {
  const match = /^ {0,3}(#{1,6})/.exec(document.text.slice(section.headingSpan.start, section.headingSpan.end));
  const start = section.headingSpan.start + (match ? match[0].length - match[1].length : 0);
  return { start, end: start + (match ? match[1].length : 0) };
}

function headingLine(document: PolicyDocument, section: Section): { start: number; end: number } {
  const end = Math.min(section.headingSpan.end, document.lines.lineEnd(document.lines.lineAt(section.headingSpan.start)));
  return { start: section.headingSpan.start, end };
}

/** Moves `sections[from]` and everything under it, up to the next heading at `stop` or higher, by `delta` levels. */
function shiftEdits(document: PolicyDocument, sections: readonly Section[], from: number, stop: number, delta: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < sections.length; i++) {
    const section = sections[i];
    if (i > from && section.level <= stop) break;
    if (section.pseudo) continue;
    edits.push({ span: hashesSpan(document, section), newText: '#'.repeat(Math.max(1, section.level + delta)) });
  }
  return edits;
}

/** `（保存期間）` and `(情報の管理)` share a shape; `3. 保存期間` and `4. 情報の管理` continue one count. */
function wrapped(document: PolicyDocument, section: Section): boolean {
  return /[（(]/.test(document.text[section.titleSpan.start - 1] ?? '') && /[）)]/.test(document.text[section.titleSpan.end] ?? '');
}

function continuesCount(parent: Section, child: Section): boolean {
  const a = parent.numbering;
  const b = child.numbering;
  return a !== undefined && b !== undefined && a.style === b.style && b.value === a.value + 1 && a.parents === undefined;
}

/**
 * A heading that sits one level below its parent although it is a peer of the parent's siblings:
 * its numbering continues the parent's, or it has the parent's bracketed shape and a topic of its own.
 */
function droppedSibling(document: PolicyDocument, parent: Section, child: Section): boolean {
  if (continuesCount(parent, child)) return true;
  if (child.numbering || parent.numbering || !wrapped(document, parent) || !wrapped(document, child)) return false;
  const peers = document.sections.filter((s) => s.parent === parent.parent && s.level === parent.level && s !== parent && !s.pseudo);
  if (!peers.some((peer) => wrapped(document, peer) && peer.kinds.length > 0)) return false;
  return child.kinds.length > 0 && parent.kinds.length > 0 && !child.kinds.some((kind) => parent.kinds.includes(kind));
}

function checkLevels(document: PolicyDocument, report: (finding: Finding) => void): void {
  const sections = document.sections;
  let previous: Section | undefined;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    if (section.pseudo) continue;
    if (previous && section.level > previous.level + 1) {
      const expected = previous.level + 1;
      report({
        span: headingLine(document, section),
        messageId: 'skipped-level',
        message: {
          ja: `見出しのレベルが ${previous.level} から ${section.level} に飛んでいます（レベル ${expected} がありません）。アウトラインや目次で階層が崩れるので、レベル ${expected} の見出しにしてください。`,
          en: `The heading level jumps from ${previous.level} to ${section.level}, skipping level ${expected}. The outline and table of contents lose their structure: make it a level ${expected} heading.`,
        },
        fixes: [{ title: { ja: `レベル ${expected} にする（配下の見出しも）`, en: `Make it level ${expected} (with the headings under it)` }, edits: shiftEdits(document, sections, i, previous.level, expected - section.level), safe: false }],
      });
    } else if (previous && section.parent === previous.index && droppedSibling(document, previous, section)) {
      const parent = previous;
      report({
        span: headingLine(document, section),
        messageId: 'dropped-sibling',
        message: {
          ja: `「${section.title}」は「${parent.title}」と同格の見出しに見えますが、1 段深いレベル ${section.level} になっているため、「${parent.title}」の一部として扱われます。以降の同じレベルの見出しも同様です。レベル ${parent.level} にしてください。`,
          en: `"${section.title}" reads as a peer of "${parent.title}" but is one level deeper (level ${section.level}), so it and the headings after it at that level become part of "${parent.title}". Make it level ${parent.level}.`,
        },
        fixes: [{ title: { ja: `レベル ${parent.level} にする（同じレベルの後続の見出しも）`, en: `Make it level ${parent.level} (with the following headings at its level)` }, edits: shiftEdits(document, sections, i, parent.level - 1, -1), safe: false }],
      });
      // The siblings that follow were dropped with it; one finding covers the run.
      while (i + 1 < sections.length && sections[i + 1].level > parent.level) i++;
    }
    previous = sections[i];
  }
}

/** Sibling headings numbered in one shape except a few: `a.` … `b` … `c.`, or 第一条 beside 第2条. */
function checkNumbering(document: PolicyDocument, report: (finding: Finding) => void): void {
  const groups = new Map<string, Section[]>();
  for (const section of document.sections) {
    const key = `${section.parent ?? -1}:${section.level}`;
    const group = groups.get(key);
    if (group) group.push(section);
    else groups.set(key, [section]);
  }
  for (const siblings of groups.values()) {
    const numbered = siblings.filter((s) => s.numbering);
    const shapes = new Map<string, Section[]>();
    for (const s of numbered) {
      const shape = `${s.numbering!.style}:${formatNumbering(s.numbering!, 1)}`;
      const same = shapes.get(shape);
      if (same) same.push(s);
      else shapes.set(shape, [s]);
    }
    const ranked = [...shapes.values()].sort((a, b) => b.length - a.length);
    if (ranked.length === 0 || ranked[0].length < 2 || ranked[1]?.length === ranked[0].length) continue;
    const model = ranked[0][0].numbering!;
    const majority = new Set(ranked[0]);
    let lastValue: number | undefined;
    for (const section of siblings) {
      const numbering = section.numbering;
      if (numbering && majority.has(section)) {
        lastValue = numbering.value;
        continue;
      }
      if (numbering) {
        lastValue = numbering.value;
        if (alternativeReadings(numbering).some((reading) => reading.style === model.style)) continue;
        const wanted = formatNumbering(model, numbering.value).trim();
        report({
          span: numbering.span,
          messageId: 'numbering-style',
          message: {
            ja: `同じレベルの見出しは「${formatNumbering(model, 1).trim()}」の形で番号が振られていますが、ここだけ「${numbering.text}」です。「${wanted}」にそろえてください。`,
            en: `Sibling headings are numbered like "${formatNumbering(model, 1).trim()}", but this one is "${numbering.text}". Write "${wanted}".`,
          },
          fixes: [{ title: { ja: `「${wanted}」にする`, en: `Change to "${wanted}"` }, edits: [{ span: numbering.span, newText: wanted }], safe: numbering.style === model.style }],
        });
        continue;
      }
      if (lastValue === undefined || section.pseudo) continue;
      // `b カスタマーサポート` between `a.` and `c.`: the number without its punctuation.
      const wanted = formatNumbering(model, lastValue + 1).trim();
      const bare = wanted.replace(/[.．)）(（\s]/g, '');
      const start = section.titleSpan.start;
      const written = document.text.slice(start, start + bare.length + 1);
      if (bare === '' || !new RegExp(`^${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t　]`).test(written) || parseNumbering(`${wanted} `, 0)?.value !== lastValue + 1) continue;
      lastValue++;
      report({
        span: { start, end: start + bare.length },
        messageId: 'numbering-style',
        message: {
          ja: `同じレベルの見出しは「${formatNumbering(model, 1).trim()}」の形で番号が振られていますが、ここは「${bare}」で記号が抜けています。「${wanted}」にしてください。`,
          en: `Sibling headings are numbered like "${formatNumbering(model, 1).trim()}", but this one reads "${bare}" without its punctuation. Write "${wanted}".`,
        },
        fixes: [{ title: { ja: `「${wanted}」にする`, en: `Change to "${wanted}"` }, edits: [{ span: { start, end: start + bare.length }, newText: wanted }], safe: true }],
      });
    }
  }
}

/** The first block a reader sees, skipping front matter and comments. */
function firstBlock(document: PolicyDocument) {
  return document.blocks.find((block) => block.type !== 'yaml' && block.type !== 'html' && block.type !== 'definition');
}

/**
 * A policy is published as a page of its own and needs a title. A level-1 heading, a `title` in the
 * front matter, or a first block that is a heading or a short line without a full stop all count.
 */
function checkTitle(document: PolicyDocument, report: (finding: Finding) => void): void {
  // A snippet or a policy still being started is not asked for a title until it has sections.
  if (document.sections.length < 2 || document.sections.some((s) => s.level === 1 && !s.pseudo)) return;
  if (document.frontMatter?.data && typeof document.frontMatter.data.title === 'string') return;
  const block = firstBlock(document);
  const start = block?.position?.start.offset;
  const end = block?.position?.end.offset;
  if (!block || start === undefined || end === undefined || block.type === 'heading') return;
  const source = plainText(block).trim();
  const pseudo = document.sections.some((s) => s.pseudo && s.headingSpan.start === start);
  if (block.type === 'paragraph' && !pseudo && !/\n/.test(source) && source.length <= 60 && !sentenceEnd.test(source) && !parseNumbering(source, 0)) return;
  const title = document.language === 'ja' ? 'プライバシーポリシー' : 'Privacy Policy';
  const lineEnd = document.lines.lineEnd(document.lines.lineAt(start));
  report({
    span: { start, end: Math.min(end, lineEnd) },
    messageId: 'missing-title',
    severity: 'info',
    message: {
      ja: '文書にタイトルがありません（レベル 1 の見出しも、冒頭のタイトル行もありません）。公開ページや目次、ブラウザーのタブに表示されるタイトルとして、冒頭に「# 」で始まる見出しを置いてください。',
      en: 'The document has no title: no level-1 heading and no title line at the top. Start it with a `# ` heading, which the published page, the outline and the browser tab show as its title.',
    },
    fixes: [{ title: { ja: `冒頭に「# ${title}」を入れる`, en: `Insert "# ${title}" at the top` }, edits: [{ span: { start, end: start }, newText: `# ${title}\n\n` }], safe: false }],
  });
}

export const headingStructureRule: PolicyRule = {
  id: 'heading-structure',
  description: {
    ja: '見出しの構造の乱れ（レベルの飛び、同格の見出しのレベル違い、番号の形の不統一、タイトルの欠落）',
    en: 'Broken heading structure: skipped levels, peers at different levels, mixed numbering shapes, no title',
  },
  tags: ['structure', 'headings'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '見出しの階層はアウトライン・目次・プレビュー・章の種類の判定の基になります。同格の章が一段深くなると、直前の章の一部として扱われ、必要記載事項の所在も読み手に伝わりにくくなります。',
    en: 'Heading levels drive the outline, the table of contents, the preview and section recognition. A section one level too deep becomes part of the one before it, and readers lose track of where each required item is.',
  },
  fixable: true,
  check({ document, report }) {
    checkTitle(document, report);
    checkLevels(document, report);
    checkNumbering(document, report);
  },
};
