import { getProfile } from '../../profiles';
import type { PolicyRule } from '../types';
import { hasContent, isPrivacyPolicy, practicePresent } from './presence';
import { documentAnchor } from './scan';

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
  fixable: false,
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
        message: {
          ja: `「${requirement.heading.ja}」の章がありません（${requirement.basis.ja}）。${requirement.content.ja}を書いた章を追加してください。`,
          en: `There is no "${requirement.heading.en}" section (${requirement.basis.en}). Add a section that states ${requirement.content.en}.`,
        },
      });
    }
  },
};
