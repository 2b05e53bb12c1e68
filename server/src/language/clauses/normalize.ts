// Normalisation used before comparing a policy's list item with a statutory item (brief §5).
// The result is only ever compared with another normalised string, never shown, so it may
// read oddly (e.g. 「他の当社」) as long as both sides are rewritten the same way.

/**
 * Enclosed alphanumerics (①, ❶, ㉑, Ⓐ…) that NFKC would turn into bare digits or letters,
 * which could no longer be told apart from text such as 「1年」. Stripped before NFKC.
 * Parenthesised (⑴, ㈠) and full-stop (⒈) forms are left to NFKC, which yields "(1)" / "1.".
 */
const ENCLOSED_MARKER = /^[\u2460-\u2473\u24B6-\u24FF\u2776-\u2793\u3251-\u325F\u3280-\u3289\u32B1-\u32BF]\s*/u;

const KANJI_NUMERAL = '[一二三四五六七八九十]+';
const LEADING_MARKERS: readonly RegExp[] = [
  // Bullets, markdown list markers and note marks.
  /^[・●○◯■□◆◇▪▫•‣∙※→►▶\-*+]\s*/u,
  // (1) （一） (第1号) (a) (iv) [1] 【1】 〔一〕 — brackets are ASCII or CJK after NFKC.
  new RegExp(`^[(\\[【〔]\\s*第?(?:\\d+|${KANJI_NUMERAL}|[a-z]|[ivx]+)号?\\s*[)\\]】〕]\\s*`, 'iu'),
  // 1. 1) 1、 一、 第1号 — but not 「1.5倍」.
  new RegExp(`^第?(?:\\d+|${KANJI_NUMERAL})号?\\s*(?:[)、:]|\\.(?!\\d))\\s*`, 'u'),
  // a) i) a. — a letter needs a following space after '.', or 「e.g.」 would lose its 'e.'.
  /^(?:[a-z]|[ivx]+)(?:\)|\.\s)\s*/iu,
  // 「一 法令に基づく場合」「1 法令…」「第一号 法令…」: a numeral followed by a space.
  new RegExp(`^第?(?:\\d+|${KANJI_NUMERAL})号?\\s+`, 'u'),
  // 「第一号法令…」: a 号 label is unambiguous even without a space.
  new RegExp(`^第(?:\\d+|${KANJI_NUMERAL})号`, 'u'),
];

/** Equivalent spellings, rewritten to one canonical form (the statute's, where it has one). */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/または/g, '又は'],
  [/もしくは/g, '若しくは'],
  [/および/g, '及び'],
  [/ならびに/g, '並びに'],
  [/予め/g, 'あらかじめ'],
  [/恐れ|虞/g, 'おそれ'],
  [/すべて/g, '全て'],
  // Kana spellings of the statute's kanji verbs (もとづく場合, 支障をおよぼす, 事務をおこなう).
  [/もとづ/g, '基づ'],
  [/およぼ/g, '及ぼ'],
  [/おこな(?=[わいうえっ])/g, '行'],
  [/その(?:ほか|他)の/g, 'その他の'],
  // Policies address the data subject by many names; the statute says 本人 throughout.
  [/(?:お客様|お客さま|ご本人様|ご本人|御本人|ユーザー|ユーザ|利用者|会員)(?:様|さま)?/g, '本人'],
  [/本人(?:本人)+/g, '本人'],
  // The business: the statute's 「当該個人情報取扱事業者」 is 「当社」 in almost every policy.
  [/(?:当該)?個人情報取扱事業者|弊社|当法人|当団体/g, '当社'],
  [/個人データ/g, '個人情報'],
];

function stripLeadingMarkers(text: string, patterns: readonly RegExp[]): string {
  let current = text.trimStart();
  for (let guard = 0; guard < 8; guard++) {
    const before = current;
    for (const pattern of patterns) current = current.replace(pattern, '').trimStart();
    if (current === before) break;
  }
  return current;
}

/** A canonical form of a clause text for comparison only; see the file comment. */
export function normalizeClauseText(s: string): string {
  let text = stripLeadingMarkers(s, [ENCLOSED_MARKER, LEADING_MARKERS[0]]);
  text = text.normalize('NFKC').replace(/\*\*|__/g, '');
  text = stripLeadingMarkers(text, [ENCLOSED_MARKER, ...LEADING_MARKERS]);
  text = text.replace(/\s+/gu, '').toLowerCase();
  // NFKC has already folded 「，」 into ','; the ideographic comma is the canonical form.
  text = text.replace(/[,､]/g, '、').replace(/｡/g, '。');
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return text.replace(/[。.;]+$/u, '');
}
