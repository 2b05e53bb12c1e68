import type { Section, SectionKind } from '../../model/types';
import type { PolicyRule } from '../types';
import { headingLine, normalizeName } from './scan';

/**
 * Kinds a policy states once; two sibling sections of one of these usually disagree sooner or later.
 * purposes and changes are left out: their headings (…の利用について, …の変更) name other things too often.
 */
const onceKinds: readonly SectionKind[] = ['security', 'contact', 'joint-use', 'retention', 'opt-out'];

function titleKey(section: Section): string {
  return normalizeName(section.title).replace(/[「」『』()（）【】・、。:：]/g, '');
}

export const duplicateSectionRule: PolicyRule = {
  id: 'duplicate-section',
  description: { ja: '同じ見出し・同じ種類の章が並んで2回ある', en: 'The same section (same title or same kind) twice among siblings' },
  tags: ['structure', 'legal'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'info' },
  rationale: {
    ja: '同じ章が2回あると、改定のときに片方だけが直され、利用目的（法第21条）や問い合わせ先（施行令第10条第2号）について矛盾した内容を公表することになりがちです。1つにまとめてください。',
    en: 'When a section appears twice, revisions tend to update only one copy, and the policy ends up publishing contradictory purposes (APPI Art. 21) or contacts (Cabinet Order Art. 10(ii)). Merge them.',
  },
  fixable: false,
  check({ document, report }) {
    const groups = new Map<string, Section[]>();
    for (const section of document.sections) {
      const key = `${section.parent ?? -1}:${section.level}`;
      const group = groups.get(key) ?? [];
      group.push(section);
      groups.set(key, group);
    }
    for (const siblings of groups.values()) {
      const titles = new Map<string, Section>();
      const kinds = new Map<SectionKind, Section>();
      for (const section of siblings) {
        const title = titleKey(section);
        const sameTitle = title ? titles.get(title) : undefined;
        const line = (other: Section) => document.lines.lineAt(other.headingSpan.start) + 1;
        if (sameTitle) {
          report({
            span: headingLine(document, section),
            messageId: 'same-title',
            message: {
              ja: `「${section.title}」という章は${line(sameTitle)}行目にもあります。内容を1つの章にまとめてください。`,
              en: `There is already a section "${section.title}" on line ${line(sameTitle)}. Merge the two into one section.`,
            },
          });
          continue;
        }
        if (title) titles.set(title, section);
        const kind = section.kinds.length === 1 ? section.kinds[0] : undefined;
        if (!kind || !onceKinds.includes(kind)) continue;
        const sameKind = kinds.get(kind);
        if (sameKind) {
          report({
            span: headingLine(document, section),
            messageId: `same-kind:${kind}`,
            severity: 'info',
            message: {
              ja: `「${section.title}」は${line(sameKind)}行目の「${sameKind.title}」と同じ内容の章に見えます。1つにまとめるか、違いが分かる見出しにしてください。`,
              en: `"${section.title}" looks like the same kind of section as "${sameKind.title}" on line ${line(sameKind)}. Merge them, or make the headings say how they differ.`,
            },
          });
        } else kinds.set(kind, section);
      }
    }
  },
};
