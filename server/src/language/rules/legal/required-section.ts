import { renderForPolicy } from '../../clauses/render';
import { documentWording } from '../../clauses/vocabulary';
import type { PolicyDocument, Section } from '../../model/types';
import { getProfile, type SectionRequirement } from '../../profiles';
import type { Fix, PolicyRule } from '../types';
import { endOfSection, paragraphsAtEnd } from './insertions';
import { hasContent, isPrivacyPolicy, practicePresent } from './presence';
import { documentAnchor } from './scan';
import { sectionOrder, skeletonFor } from './section-templates';

/**
 * The heading and a skeleton, placed where the usual order of sections puts it: before the first
 * section of a kind that comes later, else after the last section of a kind that comes earlier.
 */
function insertSection(document: PolicyDocument, requirement: SectionRequirement): Fix {
  const rank = (kinds: readonly string[]) => Math.min(...kinds.map((kind) => sectionOrder.indexOf(kind as never)).filter((i) => i >= 0), Infinity);
  const own = sectionOrder.indexOf(requirement.kind);
  // The new section is a peer of the top-level sections under the title (a lone first heading).
  const levelOf = (section: Section) => (section.pseudo ? section.suggestedLevel : section.level);
  const top = Math.min(...document.sections.map(levelOf), 7);
  const title = document.sections[0] && levelOf(document.sections[0]) === top && document.sections.filter((s) => levelOf(s) === top).length === 1 ? document.sections[0] : undefined;
  const rest = document.sections.filter((section) => section !== title);
  const level = rest.length > 0 ? Math.min(...rest.map(levelOf)) : title ? Math.min(top + 1, 6) : 2;
  const peers = rest.filter((section) => levelOf(section) === level);
  const skeleton = skeletonFor(requirement.kind, requirement.content)[document.language];
  const body = document.language === 'ja' ? renderForPolicy(skeleton, documentWording(document)) : skeleton;
  const block = `${'#'.repeat(level)} ${requirement.heading[document.language]}\n\n${body}`;
  const later = peers.find((section) => rank(section.kinds) > own && rank(section.kinds) !== Infinity);
  const earlier = [...peers].reverse().find((section) => rank(section.kinds) < own);
  let edit;
  if (later) {
    const start = document.lines.lineStart(document.lines.lineAt(later.headingSpan.start));
    edit = { span: { start, end: start }, newText: `${block}\n\n` };
  } else if (earlier) {
    const end = endOfSection(document, earlier);
    edit = { span: { start: end, end }, newText: `\n\n${block}` };
  } else {
    edit = paragraphsAtEnd(document, [block]);
  }
  return {
    title: { ja: `「${requirement.heading.ja}」の章を追加する`, en: `Add a "${requirement.heading.en}" section` },
    edits: [edit],
    // The skeleton has ○○ for the writer to fill in.
    safe: false,
  };
}

export const requiredSectionRule: PolicyRule = {
  id: 'required-section',
  description: { ja: 'プロファイルが求める章（利用目的・安全管理措置・開示等・問い合わせ先など）がない', en: 'A section the profile requires (purposes, security measures, requests, contact …) is missing' },
  tags: ['legal', 'structure'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '個人情報保護法第21条第1項・第32条第1項と施行令第10条は、利用目的、開示等の請求の手続、安全管理のために講じた措置、苦情の申出先を本人の知り得る状態に置くことを求めます（GDPRでは第13条・第14条）。見出しがなくても、同じ内容が他の章や末尾の連絡先欄にあれば満たしているものとします。',
    en: 'APPI Art. 21(1) and 32(1) with Cabinet Order Art. 10 require the purposes, the request procedure, the security measures taken and a complaints contact to be knowable by the individual (GDPR: Art. 13 and 14). Content found under another heading or in a closing contact block counts.',
  },
  legalBasis: 'APPI Art. 21(1), 27(5)(iii), 28(2), 32(1); Cabinet Order Art. 10; GDPR Art. 13, 14',
  fixable: true,
  check({ document, report }) {
    if (!isPrivacyPolicy(document)) return;
    const profile = getProfile(document.profile);
    for (const requirement of profile.sections) {
      if (requirement.when && !practicePresent(document, requirement.when)) continue;
      if (hasContent(document, [requirement.kind, ...(requirement.satisfiedBy ?? [])])) continue;
      report({
        span: documentAnchor(document),
        messageId: requirement.kind,
        severity: requirement.severity,
        fixes: [insertSection(document, requirement)],
        message: {
          ja: `「${requirement.heading.ja}」の章がありません（${requirement.basis.ja}）。${requirement.content.ja}を書いた章を追加してください。`,
          en: `There is no "${requirement.heading.en}" section (${requirement.basis.en}). Add a section that states ${requirement.content.en}.`,
        },
      });
    }
  },
};
