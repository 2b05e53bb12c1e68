import type { DocumentLanguage, SectionKind } from './types';

/**
 * Heading synonyms per section kind, most specific kinds first: a title is tested against every
 * entry and gets all kinds that match, in this order. Seeded from the heading variants observed in
 * real policies (privacy-law brief §2.2) and the OPP-115 categories for English (brief §6).
 */
const synonyms: readonly { kind: SectionKind; ja: RegExp; en: RegExp }[] = [
  { kind: 'purpose-change', ja: /利用目的の変更/, en: /change[sd]? (?:of|to) (?:the )?purposes?/i },
  { kind: 'purpose-limitation', ja: /目的外|利用目的(?:の範囲|による制限)|利用の制限|範囲内での利用/, en: /purpose limitation/i },
  { kind: 'opt-out', ja: /オプトアウト/, en: /opt[- ]?out/i },
  { kind: 'foreign-transfer', ja: /外国|国外|越境|海外/, en: /international|cross[- ]border|transfers? (?:of (?:personal )?data )?(?:outside|abroad|to third countries)|third countr/i },
  { kind: 'joint-use', ja: /共同利用|共同して利用/, en: /joint use|jointly used/i },
  { kind: 'outsourcing', ja: /委託/, en: /service providers?|processors?|outsourc|vendors?/i },
  { kind: 'succession', ja: /事業(?:の)?承継/, en: /business transfers?|merger|acquisition/i },
  { kind: 'third-party', ja: /第三者/, en: /third[- ]part(?:y|ies)|shar(?:e|ing)|disclos(?:e|ure) (?:of|to)|how we disclose|recipients?/i },
  { kind: 'sensitive-data', ja: /要配慮|センシティブ|機微/, en: /sensitive (?:personal )?(?:data|information)|special categor/i },
  { kind: 'collected-data', ja: /取得する(?:個人)?情報|収集する(?:個人)?情報|取得(?:方法|の方法)|収集方法|取得する項目|個人情報の定義|^個人情報$|取得・収集|収集・取得|取得について|収集について/, en: /information (?:we|that we) (?:collect|gather|receive)|(?:data|information) collect|categories of (?:personal )?(?:data|information)|what (?:data|information)/i },
  { kind: 'purposes', ja: /利用目的|利用する目的|目的|利用方法|利用について/, en: /(?:how we )?use (?:of )?(?:your )?(?:personal )?(?:data|information)|purposes?/i },
  { kind: 'legal-basis', ja: /法的根拠|適法化根拠/, en: /legal bas[ie]s|lawful bas[ie]s/i },
  { kind: 'security', ja: /安全管理|セキュリティ|情報の管理|個人情報の管理|保護措置|漏えい防止|管理体制|安全対策/, en: /security|protect(?:ion|ing) (?:of )?(?:your )?(?:personal )?(?:data|information)|safeguards?/i },
  { kind: 'breach', ja: /漏えい等|漏洩等|漏えいの|漏洩の/, en: /(?:data )?breach/i },
  { kind: 'disclosure', ja: /開示|訂正|利用停止|利用の停止|削除|消去|第三者提供の停止|保有個人データ/, en: /access|rectif|eras(?:e|ure)|correct(?:ion)?|delet(?:e|ion)|portab/i },
  { kind: 'fees', ja: /手数料/, en: /\bfees?\b/i },
  { kind: 'rights', ja: /権利/, en: /your (?:privacy |data protection )?rights|rights (?:of|you have)|your choices|choices?|control/i },
  { kind: 'complaint', ja: /苦情/, en: /complain|supervisory authority/i },
  { kind: 'certified-organization', ja: /認定個人情報保護団体/, en: /certified organi[sz]ation/i },
  { kind: 'contact', ja: /問い?合わ?せ|相談|窓口|連絡先|お問合せ/, en: /contact|questions|how to reach/i },
  { kind: 'retention', ja: /保存期間|保管期間|保存|保管|廃棄/, en: /retention|retain|how long|storage period/i },
  { kind: 'cookies', ja: /cookie|クッキー|外部送信|アクセス解析|解析ツール|トラッキング|広告配信/i, en: /cookies?|tracking|analytics|web beacons?|advertis/i },
  { kind: 'do-not-track', ja: /do not track/i, en: /do not track|\bdnt\b/i },
  { kind: 'children', ja: /未成年|子ども|子供|児童/, en: /child(?:ren)?|minors?|under (?:the age|1[36])/i },
  { kind: 'pseudonymized', ja: /仮名加工|匿名加工/, en: /pseudonymi[sz]ed|anonymi[sz]ed/i },
  { kind: 'dpo', ja: /データ保護責任者|DPO/, en: /data protection officer|\bdpo\b/i },
  { kind: 'automated-decisions', ja: /自動(?:化された)?(?:意思決定|決定)|プロファイリング/, en: /automated (?:decision|individual)|profiling/i },
  { kind: 'data-source', ja: /取得元|情報源/, en: /sources? of (?:personal )?(?:data|information)|where we get/i },
  { kind: 'changes', ja: /変更|改定|改訂|改正/, en: /changes?|updates? to|amendments?|modifications?/i },
  { kind: 'dates', ja: /制定日|改定日|改訂日|施行日|最終更新|発行日|効力発生日/, en: /effective date|last (?:updated|modified|revised)/i },
  { kind: 'compliance', ja: /法令|規範|遵守|順守/, en: /compliance|applicable law/i },
  { kind: 'organization', ja: /事業者|会社概要|運営者|当社について|代表者|名称及び住所|名称・住所/, en: /who we are|about us|(?:data )?controller|company information/i },
  { kind: 'introduction', ja: /はじめに|基本方針|前文|総則/, en: /introduction|overview|scope|about this (?:policy|notice)/i },
];

export const sectionKindIds: readonly SectionKind[] = synonyms.map((entry) => entry.kind);

export function isSectionKind(value: string): value is SectionKind {
  return (sectionKindIds as readonly string[]).includes(value);
}

/**
 * The kinds a heading title names, most specific first.
 * `extra` holds user synonyms from `.policymd.json` (plain substrings, compared case-insensitively),
 * which are tried before the built-in table.
 */
export function recogniseSectionKinds(
  title: string,
  language: DocumentLanguage,
  extra: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {},
): SectionKind[] {
  const kinds: SectionKind[] = [];
  const lower = title.toLowerCase();
  for (const [kind, words] of Object.entries(extra) as [SectionKind, readonly string[]][]) {
    if (words.some((word) => word && lower.includes(word.toLowerCase())) && !kinds.includes(kind)) kinds.push(kind);
  }
  for (const entry of synonyms) {
    const pattern = language === 'ja' ? entry.ja : entry.en;
    // Japanese policies often carry English headings ("Cookie", "Google Analytics") and vice versa.
    const other = language === 'ja' ? entry.en : entry.ja;
    if ((pattern.test(title) || (language === 'ja' && /^[\x20-\x7e]+$/.test(title) && other.test(title))) && !kinds.includes(entry.kind)) {
      kinds.push(entry.kind);
    }
  }
  // A heading about changing the policy mentions 変更 but so does 利用目的の変更; keep the specific one alone.
  if (kinds.includes('purpose-change')) return kinds.filter((kind) => kind !== 'changes' && kind !== 'purposes');
  // Japanese titles end in their head noun: 「取得する個人情報の利用目的」 is about purposes.
  if (language === 'ja' && kinds.includes('purposes') && /目的\s*$/.test(title)) return ['purposes', ...kinds.filter((kind) => kind !== 'purposes')];
  return kinds;
}
