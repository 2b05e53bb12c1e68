// Context 5: in the front matter, the keys not yet set and the values each key allows.
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { profileIds, type PolicyDocument } from '../../model/types';
import { getProfile } from '../../profiles';
import type { LocalizedText } from '../../rules/types';
import { sortKey, type CompletionContext } from './context';

// The same keys and values the front-matter rule accepts; test/unit/completion.test.ts checks
// that every value offered here passes that rule.
export const frontMatterKeys: readonly { key: string; description: LocalizedText }[] = [
  { key: 'policy', description: { ja: '文書の種類（privacy など）。.md ファイルを Policy Markdown として開く目印にもなります。', en: 'The kind of policy (privacy, cookie …); also marks a .md file as Policy Markdown.' } },
  { key: 'profile', description: { ja: '法的プロファイル: jp-appi・jp-pmark・eu-gdpr・none', en: 'The legal profile: jp-appi, jp-pmark, eu-gdpr or none.' } },
  { key: 'lang', description: { ja: '文書の言語（ja / en）。省略時は本文から判定します。', en: 'The language of the policy (ja / en); detected when absent.' } },
  { key: 'organization', description: { ja: '事業者の正式な名称', en: 'The full legal name of the business.' } },
  { key: 'representative', description: { ja: '代表者の氏名（法第32条第1項第1号）', en: 'The name of the representative (APPI Art. 32(1)(i)).' } },
  { key: 'address', description: { ja: '事業者の住所', en: 'The address of the business.' } },
  { key: 'contact', description: { ja: '問い合わせ先（メールアドレス・電話番号など）', en: 'Where to ask (e-mail, phone …).' } },
  { key: 'established', description: { ja: '制定日（YYYY-MM-DD）', en: 'The date the policy was established (YYYY-MM-DD).' } },
  { key: 'revised', description: { ja: '改定日（YYYY-MM-DD、複数ならリスト）', en: 'The revision date (YYYY-MM-DD), or a list of dates.' } },
  { key: 'title', description: { ja: '文書の表題', en: 'The title of the policy.' } },
];

const policyKinds = ['privacy', 'cookie', 'external-transmission', 'security', 'terms'];

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function valuesFor(document: PolicyDocument, key: string, today: Date): { value: string; detail?: string }[] {
  switch (key) {
    case 'policy':
      return policyKinds.map((value) => ({ value }));
    case 'profile':
      return profileIds.map((value) => ({ value, detail: getProfile(value).title.en }));
    case 'lang':
      return [{ value: 'ja', detail: '日本語' }, { value: 'en', detail: 'English' }];
    case 'established':
    case 'revised': {
      const dates = document.dates.filter((date) => date.valid).map((date) => `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`);
      return [isoDate(today), ...dates].filter((value, index, all) => all.indexOf(value) === index).map((value, index) => ({ value, detail: index === 0 ? 'today' : undefined }));
    }
    case 'organization':
      return document.organization && document.organization.source === 'text' ? [{ value: document.organization.name }] : [];
    default:
      return [];
  }
}

export function frontMatterCompletions(context: CompletionContext, today = new Date()): CompletionItem[] {
  const { document } = context;
  const frontMatter = document.frontMatter;
  if (!frontMatter || context.line === 0) return [];
  const inside = frontMatter.closed ? context.offset >= frontMatter.contentSpan.start && context.offset <= frontMatter.contentSpan.end : context.offset > frontMatter.span.end && !/\n[ \t]*\n/u.test(document.text.slice(frontMatter.span.end, context.lineStart));
  if (!inside) return [];
  const language = context.messageLanguage;
  const keyTyping = /^([A-Za-z_-]*)$/u.exec(context.before);
  if (keyTyping) {
    const setKeys = new Set(frontMatter.entries.filter((entry) => document.lines.lineAt(entry.keySpan.start) !== context.line).map((entry) => entry.key));
    const range = { start: document.lines.positionAt(context.lineStart), end: document.lines.positionAt(context.offset + (/^[A-Za-z_-]*:?/u.exec(context.after)?.[0].length ?? 0)) };
    return frontMatterKeys.filter(({ key }) => !setKeys.has(key)).map(({ key, description }, index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      documentation: { kind: MarkupKind.PlainText, value: description[language] },
      sortText: sortKey(index),
      textEdit: { range, newText: `${key}: ` },
    }));
  }
  const valueTyping = /^([A-Za-z_-]+):[ \t]*(["']?)([^"'#]*)$/u.exec(context.before);
  if (!valueTyping) return [];
  const [, key, , typed] = valueTyping;
  const from = context.offset - typed.length;
  const range = { start: document.lines.positionAt(from), end: document.lines.positionAt(context.offset + (/^[^"'#\s]*/u.exec(context.after)?.[0].length ?? 0)) };
  return valuesFor(document, key, today).map(({ value, detail }, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail,
    sortText: sortKey(index),
    textEdit: { range, newText: value },
  }));
}
