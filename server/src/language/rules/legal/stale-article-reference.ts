import type { PolicyRule } from '../types';
import { textUnits, unitSpan } from './scan';

/** What each current (G3) article is about, in the words policies use around a citation (brief §1.1). */
const currentTopics: Record<number, RegExp> = {
  17: /特定/,
  18: /目的外|範囲を超え|利用目的による制限|制限/,
  19: /不適正/,
  20: /取得|要配慮/,
  21: /通知|公表|明示/,
  22: /正確|最新|消去/,
  23: /安全管理/,
  24: /従業者/,
  25: /委託/,
  26: /漏えい|漏洩|報告/,
  27: /第三者|提供|オプトアウト|共同利用|共同して利用|委託|承継/,
  28: /外国/,
  29: /記録/,
  30: /確認/,
  31: /個人関連情報/,
  32: /公表|知り得る状態|保有個人データに関する事項|利用目的の通知/,
  33: /開示/,
  34: /訂正|追加|削除/,
  35: /利用停止|利用の停止|消去|提供の停止/,
  36: /理由/,
  37: /手続/,
  38: /手数料/,
  39: /事前の請求|訴え/,
  40: /苦情/,
  57: /適用除外/,
};

/** Older numbering → current article, keyed by the topic that identifies the generation. */
interface OldMeaning {
  readonly current: number;
  readonly topic: RegExp;
  readonly generation: 'G1' | 'G2';
}

const g2: Record<number, number> = { 15: 17, 16: 18, 17: 20, 18: 21, 19: 22, 20: 23, 21: 24, 22: 25, 23: 27, 24: 28, 25: 29, 26: 30, 27: 32, 28: 33, 29: 34, 30: 35, 31: 36, 32: 37, 33: 38, 34: 39, 35: 40, 76: 57 };
const g1: Record<number, number> = { 15: 17, 16: 18, 17: 20, 18: 21, 19: 22, 20: 23, 21: 24, 22: 25, 23: 27, 24: 32, 25: 33, 26: 34, 27: 35, 28: 36, 29: 37, 30: 38, 31: 40, 50: 57 };

function oldMeanings(article: number): OldMeaning[] {
  const meanings: OldMeaning[] = [];
  for (const [generation, table] of [['G2', g2], ['G1', g1]] as const) {
    const current = table[article];
    if (current !== undefined && current !== article) meanings.push({ current, topic: currentTopics[current], generation });
  }
  return meanings;
}

const kanjiDigits: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function kanjiToNumber(value: string): number {
  let total = 0;
  let current = 0;
  for (const char of value) {
    if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else current = kanjiDigits[char] ?? 0;
  }
  return total + current;
}

function numberToKanji(value: number): string {
  const digits = '〇一二三四五六七八九';
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens > 1 ? digits[tens] : ''}${tens > 0 ? '十' : ''}${ones > 0 ? digits[ones] : ''}`;
}

/** Writes the new number the way the old one was written (ASCII, full-width or kanji). */
function formatLike(original: string, value: number): string {
  if (/^[0-9]+$/.test(original)) return String(value);
  if (/^[０-９]+$/.test(original)) return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return numberToKanji(value);
}

/**
 * Paragraphs that moved with the renumbering (brief §1.1 and §1.8): G1 第23条第4項 (not a third
 * party: outsourcing, succession, joint use) became G2 第23条第5項 and is now 第27条第5項, its
 * items unchanged. In G2, 第23条第4項 is the Commission publishing opt-out notifications (now
 * 第27条第4項), so the G1 reading needs its words or an item number, which G2's paragraph lacks.
 */
const movedParagraphs: readonly { article: number; paragraph: number; current: number; generation: 'G1'; when: RegExp }[] = [
  { article: 23, paragraph: 4, current: 5, generation: 'G1', when: /第[0-9０-９一二三四五六七八九十]+号|共同(?:して)?利用|委託|承継|合併|該当しない/ },
];

const numeral = '[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4}';
const tail = new RegExp(`^条\\s*(?:第(${numeral})項)?\\s*(?:第(${numeral})号)?`);

function toNumber(raw: string): number {
  return /[0-9０-９]/.test(raw) ? Number(raw.normalize('NFKC')) : kanjiToNumber(raw);
}

function roman(value: number): string {
  const numerals: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let result = '';
  for (const [size, letters] of numerals) {
    while (rest >= size) {
      result += letters;
      rest -= size;
    }
  }
  return result;
}

/** 「第27条第5項第3号」 and "Art. 27(5)(iii)" for messages. */
function cited(article: string | number, paragraph?: string | number, item?: string | number): { ja: string; en: string } {
  const n = (value: string | number) => (typeof value === 'number' ? value : toNumber(value));
  return {
    ja: `第${article}条${paragraph !== undefined ? `第${paragraph}項` : ''}${item !== undefined ? `第${item}号` : ''}`,
    en: `Art. ${n(article)}${paragraph !== undefined ? `(${n(paragraph)})` : ''}${item !== undefined ? `(${roman(n(item))})` : ''}`,
  };
}

// 法 must stand alone (法第23条, 個人情報保護法第23条), not end another law's name (電気通信事業法第27条).
const citation =
  /(?:個人情報保護法|個人情報の保護に関する法律|個人情報保護に関する法律|(?<![一-龯ァ-ヶー])法|同法)(?:（[^）]{0,30}）)?\s*第([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,5})条(?!の[0-9０-９一二三四五六七八九])/g;
const joined = /^(?:第[0-9０-９一二三四五六七八九十]+項)?(?:第[0-9０-９一二三四五六七八九十]+号)?(?:又は|若しくは|及び|並びに|、|，|・)\s*第([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,5})条/;

export const staleArticleReferenceRule: PolicyRule = {
  id: 'stale-article-reference',
  description: { ja: '改正前の条番号による個人情報保護法の引用', en: 'APPI cited by an article number from before a renumbering' },
  tags: ['legal'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '個人情報保護法は2017年5月30日と2022年4月1日に条番号が変わりました。同じ番号が世代によって別の条を指します（第23条は旧法では第三者提供、現行法では安全管理措置。第27条は2017–2022年は公表等、現行法では第三者提供）。引用の前後の語から旧番号を判断し、現行の条番号に直してください。',
    en: 'APPI was renumbered on 2017-05-30 and 2022-04-01, and the same number means different articles in different generations (Art. 23 was third-party provision and is now security measures; Art. 27 was publication of matters 2017–2022 and is now third-party provision). The words around the citation show which generation it uses; cite the current number.',
  },
  legalBasis: 'APPI as renumbered by Act No. 65 of 2015 and Act No. 37 of 2021 (brief §1.1)',
  fixable: true,
  check({ document, report }) {
    for (const unit of textUnits(document)) {
      const sentences = unit.text.split(/(?<=。)/);
      let offset = 0;
      for (const sentence of sentences) {
        const base = offset;
        offset += sentence.length;
        citation.lastIndex = 0;
        let match: RegExpExecArray | null;
        let staleGeneration: 'G1' | 'G2' | undefined;
        const pending: { index: number; raw: string; article: number }[] = [];
        while ((match = citation.exec(sentence)) !== null) {
          const raw = match[1];
          const numberIndex = match.index + match[0].lastIndexOf(raw);
          pending.push({ index: numberIndex, raw, article: toNumber(raw) });
          // 「第23条第1項又は第24条」: the second number belongs to the same law and generation.
          let rest = sentence.slice(match.index + match[0].length);
          let restStart = match.index + match[0].length;
          let next: RegExpExecArray | null;
          while ((next = joined.exec(rest)) !== null) {
            const nextRaw = next[1];
            const nextIndex = restStart + next[0].lastIndexOf(nextRaw);
            pending.push({ index: nextIndex, raw: nextRaw, article: toNumber(nextRaw) });
            restStart += next[0].length;
            rest = rest.slice(next[0].length);
          }
        }
        const resolved = pending.map((cite) => {
          const after = sentence.slice(cite.index, cite.index + 50);
          const before = sentence.slice(Math.max(0, cite.index - 20), cite.index);
          const context = `${before}${after}`;
          if (currentTopics[cite.article]?.test(after)) return { cite, meaning: undefined };
          const meaning = oldMeanings(cite.article).find((m) => m.topic.test(after)) ?? oldMeanings(cite.article).find((m) => m.topic.test(context));
          if (meaning) staleGeneration ??= meaning.generation;
          return { cite, meaning };
        });
        for (const { cite, meaning: found } of resolved) {
          let meaning = found;
          if (!meaning && staleGeneration && !currentTopics[cite.article]?.test(sentence.slice(cite.index, cite.index + 50))) {
            const current = (staleGeneration === 'G2' ? g2 : g1)[cite.article];
            if (current !== undefined && current !== cite.article) meaning = { current, topic: /./, generation: staleGeneration };
          }
          if (!meaning) continue;
          const span = unitSpan(unit, base + cite.index, cite.raw.length);
          const newText = formatLike(cite.raw, meaning.current);
          const rest = tail.exec(sentence.slice(cite.index + cite.raw.length));
          const paragraphRaw = rest?.[1];
          const itemRaw = rest?.[2];
          const moved = paragraphRaw !== undefined && meaning.current === 27
            ? movedParagraphs.find((entry) => entry.article === cite.article && entry.paragraph === toNumber(paragraphRaw) && entry.when.test(sentence.slice(cite.index, cite.index + 60)))
            : undefined;
          const edits = [{ span, newText }];
          let newParagraph = paragraphRaw;
          if (moved && paragraphRaw !== undefined && rest) {
            newParagraph = formatLike(paragraphRaw, moved.current);
            // The paragraph number sits after 「条」, optional spaces and 「第」.
            const paragraphAt = cite.index + cite.raw.length + rest[0].indexOf(`第${paragraphRaw}項`) + 1;
            edits.push({ span: unitSpan(unit, base + paragraphAt, paragraphRaw.length), newText: newParagraph });
          }
          const generation = moved ? moved.generation : meaning.generation;
          const era = generation === 'G2' ? { ja: '2017年5月30日〜2022年3月31日', en: '2017-05-30 to 2022-03-31' } : { ja: '2017年5月29日まで', en: 'until 2017-05-29' };
          const before = cited(cite.raw, paragraphRaw, itemRaw);
          const after = cited(newText, newParagraph, itemRaw);
          report({
            span,
            messageId: `${cite.article}-to-${meaning.current}`,
            message: {
              ja: `「${before.ja}」は${era.ja}の条番号です。現行法ではこの内容は「${after.ja}」です。前後の語から判断しました。確かめて「${after.ja}」に直してください。`,
              en: `${before.en} is the numbering in force ${era.en}; in the current Act this provision is ${after.en} (judged from the surrounding words). Check and cite ${after.en}.`,
            },
            fixes: [{ title: { ja: `${after.ja}に直す`, en: `Change to ${after.en}` }, edits, safe: false }],
          });
        }
      }
    }
  },
};
