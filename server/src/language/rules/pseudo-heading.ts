import type { PolicyRule } from './types';

export const pseudoHeadingRule: PolicyRule = {
  id: 'pseudo-heading',
  description: {
    ja: '見出しの代わりに使われている番号付きの段落・1項目だけのリスト',
    en: 'A numbered paragraph or one-item list used in place of a heading',
  },
  tags: ['structure'],
  defaultSeverity: 'warning',
  rationale: {
    ja: 'PDF やウェブから貼り付けた文書は見出しが段落やリストになりがちです。見出しでないと、アウトライン・目次・プレビュー・章の種類の判定に現れず、読み手も構成を追えません。',
    en: 'Text pasted from PDFs or web pages turns headings into paragraphs or lists. They then miss the outline, the table of contents and the preview, and readers cannot follow the structure.',
  },
  fixable: true,
  check({ document, report }) {
    for (const section of document.sections) {
      if (!section.pseudo) continue;
      const hashes = '#'.repeat(section.suggestedLevel);
      const lineEnd = document.lines.lineEnd(document.lines.lineAt(section.headingSpan.start));
      report({
        span: { start: section.headingSpan.start, end: Math.min(section.headingSpan.end, lineEnd) },
        messageId: `level-${section.suggestedLevel}`,
        message: {
          ja: `「${section.title}」は見出しとして使われていますが、Markdown の見出しではないため、アウトラインやプレビューの目次に出ません。行頭に「${hashes} 」を付けて見出しにしてください。`,
          en: `"${section.title}" is used as a heading but is not a Markdown heading, so it is missing from the outline and the preview's contents. Start the line with \`${hashes} \` to make it a heading.`,
        },
        fixes: [
          {
            title: { ja: `レベル ${section.suggestedLevel} の見出しにする`, en: `Make it a level ${section.suggestedLevel} heading` },
            edits: [{ span: { start: section.headingSpan.start, end: section.headingSpan.start }, newText: `${hashes} ` }],
            safe: true,
          },
        ],
      });
    }
  },
};
