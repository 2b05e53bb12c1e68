import type { LocalizedText } from '../types';

/**
 * One word that may be written in several ways. Plain data, so that `.policymd.json` can add groups
 * (`vocabulary.variants`, same shape) or switch one off by id (`vocabulary.disabledVariants`).
 */
export interface VariantGroup {
  /** Stable id, used as the finding's messageId suffix and to disable the group from configuration. */
  readonly id: string;
  readonly language: 'ja' | 'en';
  /** The spellings; on a tie the first one wins. */
  readonly forms: readonly string[];
  /**
   * A regular expression (source) for text right after a form that makes it another word or an
   * inflected verb, e.g. 取り扱います is the verb, not the noun 取扱い. Such occurrences are not counted.
   */
  readonly notFollowedBy?: string;
  /** Fewest uses of the majority form before the minority is reported (default 3). */
  readonly minMajority?: number;
  /** Largest share of all uses the minority forms may have and still be reported (default 0.25). */
  readonly maxMinorityShare?: number;
  /** Why the forms count as one word, shown in the message. */
  readonly note?: LocalizedText;
}

/**
 * Deliberately left out, because careful legal writing mixes them on purpose:
 * 個人情報保護法 / 個人情報の保護に関する法律 (short and formal names of one law, both correct);
 * 取扱い (noun) / 取り扱う (verb) under the 公用文 okurigana rules; 行う / 行なう and 頂く / いただく
 * (both permitted okurigana); 為 / ため and 等 / など (different uses).
 */
export const defaultVariantGroups: readonly VariantGroup[] = [
  { id: 'okyakusama', language: 'ja', forms: ['お客様', 'お客さま'] },
  { id: 'toiawase', language: 'ja', forms: ['問い合わせ', '問合せ', '問い合せ', '問合わせ'], notFollowedBy: '[るたてれまさよなずろ]' },
  { id: 'toriatsukai', language: 'ja', forms: ['取り扱い', '取扱い'], notFollowedBy: 'ま' },
  { id: 'subete', language: 'ja', forms: ['すべて', '全て'] },
  { id: 'kudasai', language: 'ja', forms: ['ください', '下さい'] },
  { id: 'arakajime', language: 'ja', forms: ['あらかじめ', '予め'] },
  { id: 'tadashi', language: 'ja', forms: ['ただし', '但し'] },
  { id: 'samazama', language: 'ja', forms: ['さまざま', '様々'] },
  { id: 'server', language: 'ja', forms: ['サーバー', 'サーバ'], notFollowedBy: 'ー' },
  { id: 'user', language: 'ja', forms: ['ユーザー', 'ユーザ'], notFollowedBy: 'ー' },
  { id: 'browser', language: 'ja', forms: ['ブラウザ', 'ブラウザー'] },
  { id: 'computer', language: 'ja', forms: ['コンピュータ', 'コンピューター'] },
  // Statutes write 及び／又は; policies often quote them beside their own および／または, so only a lone slip is reported.
  { id: 'oyobi', language: 'ja', forms: ['および', '及び'], minMajority: 8, maxMinorityShare: 0.1 },
  { id: 'matawa', language: 'ja', forms: ['または', '又は'], minMajority: 8, maxMinorityShare: 0.1 },
  { id: 'narabini', language: 'ja', forms: ['ならびに', '並びに'], minMajority: 8, maxMinorityShare: 0.1 },
  { id: 'moshikuwa', language: 'ja', forms: ['もしくは', '若しくは'], minMajority: 8, maxMinorityShare: 0.1 },
];

/** The groups in force: the defaults, minus disabled ids, plus groups from configuration (which replace same ids). */
export function variantGroups(extra: readonly VariantGroup[] = [], disabled: readonly string[] = []): VariantGroup[] {
  const byId = new Map<string, VariantGroup>();
  for (const group of [...defaultVariantGroups, ...extra]) byId.set(group.id, group);
  return [...byId.values()].filter((group) => !disabled.includes(group.id) && group.forms.length > 1);
}
