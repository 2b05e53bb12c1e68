/**
 * Misspellings seen in real published policies, as data. Entries are matched literally; `before` and
 * `after` restrict an ambiguous entry to the context where it is certainly wrong.
 * Only real words go here, never names of companies or products: a misspelt name (Verising) needs a
 * person who knows the company, and a dictionary of names would flag every look-alike brand.
 * The list is built to be extended from `.policymd.json` (`vocabulary.misspellings`) with the same shape.
 */
export interface MisspellingEntry {
  readonly wrong: string;
  readonly right: string;
  /** True when the replacement can be applied blindly (the wrong form has no other meaning). */
  readonly safe: boolean;
  /** Text that must come right before the match (tested against the preceding characters). */
  readonly before?: RegExp;
  /** Text that must come right after the match. */
  readonly after?: RegExp;
  /** Whole-word match for Latin entries. */
  readonly word?: boolean;
  /** Why the intended word is the right one, when it is not obvious. */
  readonly note?: { readonly ja: string; readonly en: string };
}

const dataItem = /^[、，,・]\s*(?:所属|住所|電話番号|メールアドレス|生年月日|性別|年齢|会社名|組織名|部署|役職|連絡先|FAX)/;

export const builtInMisspellings: readonly MisspellingEntry[] = [
  { wrong: 'プラウザ', right: 'ブラウザ', safe: true },
  { wrong: 'サビース', right: 'サービス', safe: true },
  { wrong: 'サーピス', right: 'サービス', safe: true },
  { wrong: 'プライパシー', right: 'プライバシー', safe: true },
  { wrong: 'プライバシーボリシー', right: 'プライバシーポリシー', safe: true },
  { wrong: 'セキュリテイ', right: 'セキュリティ', safe: true },
  {
    wrong: '法廷代理人',
    right: '法定代理人',
    safe: true,
    note: { ja: '法律で定められた代理人（親権者・成年後見人など）は「法定」代理人です。', en: 'A representative appointed by law (parent, guardian) is a 法定 (statutory) representative; 法廷 means a courtroom.' },
  },
  { wrong: '個人情報法保護法', right: '個人情報保護法', safe: true },
  { wrong: '個人情保護法', right: '個人情報保護法', safe: true },
  { wrong: '匿名化工情報', right: '匿名加工情報', safe: true },
  { wrong: '仮名化工情報', right: '仮名加工情報', safe: true },
  { wrong: '要配慮個人情', right: '要配慮個人情報', safe: true, after: /^(?!報)/ },
  {
    wrong: '一貫として',
    right: '一環として',
    safe: true,
    note: { ja: '「全体の一部として」の意味では「一環」です（「一貫」は始めから終わりまで通すこと）。', en: '"As part of" is 一環として; 一貫 means "consistent from start to end".' },
  },
  {
    wrong: '指名',
    right: '氏名',
    safe: false,
    before: /の$|[、，,・]$/,
    after: dataItem,
    note: { ja: '取得・掲載する情報の並びでは「氏名」（名前）のはずです（「指名」は名指しで選ぶこと）。', en: 'In a list of data items this is 氏名 (name); 指名 means "to nominate".' },
  },
  { wrong: 'recieve', right: 'receive', safe: true, word: true },
  { wrong: 'recieved', right: 'received', safe: true, word: true },
  { wrong: 'thrid', right: 'third', safe: true, word: true },
  { wrong: 'seperate', right: 'separate', safe: true, word: true },
  { wrong: 'occured', right: 'occurred', safe: true, word: true },
  { wrong: 'priviledge', right: 'privilege', safe: true, word: true },
  { wrong: 'personnal', right: 'personal', safe: true, word: true },
  { wrong: 'infomation', right: 'information', safe: true, word: true },
  { wrong: 'privacy polcy', right: 'privacy policy', safe: true, word: true },
];

/** The built-in dictionary plus entries a project adds; a project entry with the same `wrong` wins. */
export function misspellingDictionary(extra: readonly MisspellingEntry[] = []): readonly MisspellingEntry[] {
  const byWrong = new Map<string, MisspellingEntry>();
  for (const entry of [...builtInMisspellings, ...extra]) if (entry.wrong && entry.wrong !== entry.right) byWrong.set(entry.wrong, entry);
  // Longer entries first so that 個人情報法保護法 is reported once, not also as a shorter entry inside it.
  return [...byWrong.values()].sort((a, b) => b.wrong.length - a.wrong.length);
}
