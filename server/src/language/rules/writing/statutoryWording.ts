import { appiClauseSets } from '../../clauses/library.appi';
import type { Span } from '../../text/positions';

/**
 * Phrases policies quote from the APPI and its guidelines, where 又は, 及び and the noun 取扱い are
 * the statute's own wording and are kept as written even when the policy otherwise writes または,
 * および or 取り扱い.
 */
const knownPhrases: readonly string[] = [
  '漏(?:えい|洩)、滅失又は(?:毀損|き損)',
  '滅失若しくは(?:毀損|き損)',
  '生命、身体又は財産',
  '(?:保有個人データ|個人データ|要配慮個人情報|個人関連情報|仮名加工情報|匿名加工情報|個人情報)の取扱い',
  '取扱いに(?:関する苦情|係る規律)',
  '取扱いの全部又は一部',
  '訂正、追加又は削除',
  '利用の停止又は消去',
];

/** Words whose statutory spelling policies quote: the conjunctions and the noun 取扱い. */
const statutoryForms = /又は|及び|若しくは|並びに|取扱い/;

/**
 * Clauses of the statutory items in the clause library that carry one of those forms: a policy
 * that reproduces an item (人の生命、身体又は財産の保護のために…) quotes them word for word.
 */
function clauseFragments(): string[] {
  const fragments = new Set<string>();
  for (const set of appiClauseSets) {
    for (const text of [set.chapeau ?? '', ...set.items.map((item) => item.statute)]) {
      for (const fragment of text.split(/[、。（）「」]/)) if (fragment.length >= 6 && statutoryForms.test(fragment)) fragments.add(fragment);
    }
  }
  return [...fragments].sort((a, b) => b.length - a.length);
}

let pattern: RegExp | undefined;

function statutoryPattern(): RegExp {
  pattern ??= new RegExp([...knownPhrases, ...clauseFragments().map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|'), 'g');
  return pattern;
}

/** How far around a use a quoted phrase may reach; longer than any phrase above. */
const reach = 120;

/** Whether the text at `span` lies inside statutory wording quoted in the text. */
export function inStatutoryWording(text: string, span: Span): boolean {
  const from = Math.max(0, span.start - reach);
  const window = text.slice(from, Math.min(text.length, span.end + reach));
  for (const match of window.matchAll(statutoryPattern())) {
    const start = from + (match.index ?? 0);
    if (start <= span.start && start + match[0].length >= span.end) return true;
  }
  return false;
}
