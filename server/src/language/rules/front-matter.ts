import { isValidDate } from '../model/dates';
import { profileIds, type FrontMatterEntry } from '../model/types';
import { closest } from './similarity';
import type { Finding, PolicyRule, RuleContext } from './types';

const knownKeys = ['policy', 'profile', 'lang', 'organization', 'representative', 'address', 'contact', 'established', 'revised', 'title'] as const;
const policyKinds = ['privacy', 'cookie', 'external-transmission', 'security', 'terms'];
const languages = ['ja', 'en'];
const textKeys = new Set(['organization', 'representative', 'address', 'contact', 'title']);

function isDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(value.trim());
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function badEnumValue(entry: FrontMatterEntry, allowed: readonly string[]): Finding | undefined {
  if (typeof entry.value === 'string' && allowed.includes(entry.value)) return undefined;
  const shown = typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value);
  const suggestion = typeof entry.value === 'string' ? closest(entry.value, allowed) : undefined;
  const list = allowed.join(', ');
  return {
    span: entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan,
    messageId: `bad-value:${entry.key}`,
    message: {
      ja: `フロントマターの ${entry.key} の値「${shown}」は使えません。${suggestion ? `「${suggestion}」のことですか。` : ''}次のいずれかを指定してください: ${list}`,
      en: `Front matter \`${entry.key}\` has the value \`${shown}\`, which is not allowed. ${suggestion ? `Did you mean \`${suggestion}\`? ` : ''}Use one of: ${list}.`,
    },
    fixes: suggestion
      ? [{ title: { ja: `「${suggestion}」に直す`, en: `Change to \`${suggestion}\`` }, edits: [{ span: entry.valueSpan, newText: suggestion }], safe: false }]
      : undefined,
  };
}

function checkEntry(entry: FrontMatterEntry): Finding | undefined {
  switch (entry.key) {
    case 'policy':
      return badEnumValue(entry, policyKinds);
    case 'profile':
      return badEnumValue(entry, profileIds);
    case 'lang':
      return badEnumValue(entry, languages);
    case 'established':
    case 'revised': {
      const values = entry.key === 'revised' && Array.isArray(entry.value) ? entry.value : [entry.value];
      if (values.length > 0 && values.every(isDate)) return undefined;
      return {
        span: entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan,
        messageId: `bad-value:${entry.key}`,
        message: {
          ja: `フロントマターの ${entry.key} は実在する日付（例: 2024-04-01）で書いてください${entry.key === 'revised' ? '。複数の改定日はリストにできます' : ''}。`,
          en: `Front matter \`${entry.key}\` must be a real date such as 2024-04-01${entry.key === 'revised' ? ' (or a list of dates)' : ''}.`,
        },
      };
    }
    default:
      if (textKeys.has(entry.key) && (typeof entry.value !== 'string' || entry.value.trim() === '')) {
        return {
          span: entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan,
          messageId: `bad-value:${entry.key}`,
          message: {
            ja: `フロントマターの ${entry.key} には文字列を書いてください。`,
            en: `Front matter \`${entry.key}\` must be a non-empty text.`,
          },
        };
      }
      return undefined;
  }
}

export const frontMatterRule: PolicyRule = {
  id: 'front-matter',
  description: { ja: 'フロントマター（YAML）の誤り・未知のキー・不正な値', en: 'Front matter YAML errors, unknown keys and bad values' },
  tags: ['front-matter'],
  defaultSeverity: 'error',
  rationale: {
    ja: 'フロントマターはプロファイル・言語・事業者名など検査の前提を決めます。読めない値があると、誤った前提で検査することになります。',
    en: 'Front matter sets what the checker assumes (profile, language, organisation). A value it cannot read makes every other finding less reliable.',
  },
  fixable: true,
  cost: 'cheap',
  check({ document, report }: RuleContext) {
    const frontMatter = document.frontMatter;
    if (!frontMatter) return;
    if (!frontMatter.closed) {
      report({
        span: frontMatter.span,
        messageId: 'unclosed',
        message: {
          ja: 'フロントマターが `---` で閉じられていません。YAML の終わりに `---` だけの行を追加してください。閉じないと文書全体が本文として読まれます。',
          en: 'Front matter opened with `---` is never closed. Add a line with only `---` after the YAML; until then the whole file is read as body text.',
        },
      });
      return;
    }
    // Later YAML errors are usually knock-on effects of the first one.
    for (const error of frontMatter.errors.slice(0, 1)) {
      report({
        span: error.span,
        messageId: 'yaml-error',
        message: { ja: `フロントマターの YAML を読めません: ${error.message}`, en: `Front matter is not valid YAML: ${error.message}` },
      });
    }
    for (const entry of frontMatter.entries) {
      if (!(knownKeys as readonly string[]).includes(entry.key)) {
        const suggestion = closest(entry.key, knownKeys);
        // Site generators keep their own keys (layout, permalink …) beside ours; only a likely typo,
        // or a stray key in a document that declares itself a policy, is worth the writer's attention.
        if (!suggestion && frontMatter.data?.policy === undefined) continue;
        report({
          span: entry.keySpan,
          messageId: 'unknown-key',
          severity: suggestion ? 'warning' : 'hint',
          message: {
            ja: `フロントマターのキー「${entry.key}」は Policy Markdown では使われません。${suggestion ? `「${suggestion}」のことですか。` : `使えるキー: ${knownKeys.join(', ')}`}`,
            en: `Front matter key \`${entry.key}\` is not used by Policy Markdown. ${suggestion ? `Did you mean \`${suggestion}\`?` : `Known keys: ${knownKeys.join(', ')}.`}`,
          },
          fixes: suggestion
            ? [{ title: { ja: `「${suggestion}」に直す`, en: `Rename to \`${suggestion}\`` }, edits: [{ span: entry.keySpan, newText: suggestion }], safe: false }]
            : undefined,
        });
        continue;
      }
      const finding = checkEntry(entry);
      if (finding) report(finding);
    }
  },
};
