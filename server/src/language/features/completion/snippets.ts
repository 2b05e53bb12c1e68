// The contributed snippets built from the same skeletons as heading completion, so the two never
// drift apart. scripts/snippets.mjs writes them into snippets/policy-markdown.code-snippets and
// test/unit/snippets.test.ts checks that the file still matches.
import type { DocumentLanguage } from '../../model/types';
import { fullPolicyOrder, maxTabStop, sectionSkeleton, shiftTabStops, skeletonKinds, snippetText, type SkeletonOptions } from './skeletons';

export interface SnippetDefinition {
  readonly prefix: string;
  readonly body: string[];
  readonly description: string;
}

const vocabulary: Record<DocumentLanguage, SkeletonOptions> = {
  ja: { vocabulary: { person: 'お客様', self: '当社' } },
  en: { vocabulary: { person: 'you', self: 'we' } },
};

function fullPolicy(language: DocumentLanguage): string[] {
  const header = language === 'ja'
    ? ['---', 'policy: privacy', 'profile: jp-appi', 'lang: ja', 'organization: ${1:株式会社サンプル}', 'established: ${2:2025-04-01}', '---', '', '# ${3:個人情報保護方針}', '', '${1:株式会社サンプル}（以下「当社」といいます。）は、お客様の個人情報を次のとおり取り扱います。']
    : ['---', 'policy: privacy', 'profile: eu-gdpr', 'lang: en', 'organization: ${1:Example Ltd}', 'established: ${2:2025-04-01}', '---', '', '# ${3:Privacy notice}', '', 'This notice explains how ${1:Example Ltd} ("we") uses your personal data.'];
  let stops = 3;
  const lines = [...header];
  fullPolicyOrder[language].forEach((kind, index) => {
    const skeleton = sectionSkeleton(kind, language, vocabulary[language]);
    if (!skeleton) return;
    let body = shiftTabStops(skeleton.body, stops);
    // The name typed once in the front matter fills the organization section too.
    const name = language === 'ja' ? '株式会社サンプル' : 'Example Ltd';
    if (kind === 'organization') body = body.replace(new RegExp(`\\$\\{\\d+:${name}\\}`), `\${1:${name}}`);
    stops = Math.max(stops, maxTabStop(body));
    lines.push('', `## ${index + 1}. ${snippetText(skeleton.heading)}`, '', ...body.split('\n'));
  });
  lines.push('', '$0');
  return lines;
}

export function generatedSnippets(): Record<string, SnippetDefinition> {
  const snippets: Record<string, SnippetDefinition> = {
    'Privacy policy (jp-appi, complete)': {
      prefix: 'policy-jp-appi',
      body: fullPolicy('ja'),
      description: '個人情報保護法（jp-appi）で求められる節をすべて備えたプライバシーポリシーの雛形。第三者提供の例外は法第27条第1項の文言どおりです。',
    },
    'Privacy notice (eu-gdpr, complete)': {
      prefix: 'policy-eu-gdpr',
      body: fullPolicy('en'),
      description: 'A privacy notice with every section GDPR Art. 13 asks for.',
    },
  };
  for (const language of ['ja', 'en'] as const) {
    for (const kind of skeletonKinds(language)) {
      const skeleton = sectionSkeleton(kind, language, vocabulary[language]);
      if (!skeleton) continue;
      snippets[`Section: ${skeleton.heading} (${language})`] = {
        prefix: `section-${language}-${kind}`,
        body: [`## ${snippetText(skeleton.heading)}`, '', ...skeleton.body.split('\n'), '$0'],
        description: language === 'ja' ? `「${skeleton.heading}」の節（${kind}）の雛形` : `A "${skeleton.heading}" section (${kind})`,
      };
    }
  }
  return snippets;
}
