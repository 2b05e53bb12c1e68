import type { Numbering, NumberingStyle } from './types';

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const katakana = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const iroha = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const kanjiDigits = '〇一二三四五六七八九';
const romanPattern = 'i{1,3}|iv|vi{0,3}|ix|xi{0,3}|I{1,3}|IV|VI{0,3}|IX|XI{0,3}';
const digits = '[0-9０-９]+';
const kanjiNumber = '[一二三四五六七八九十百〇]+';

interface Pattern {
  readonly style: NumberingStyle;
  /** Group 1 is the value; the match is the whole prefix. */
  readonly regex: RegExp;
  readonly value: (raw: string) => number | undefined;
}

function toAscii(raw: string): string {
  return raw.normalize('NFKC');
}

function arabicValue(raw: string): number | undefined {
  const value = Number.parseInt(toAscii(raw), 10);
  return Number.isFinite(value) ? value : undefined;
}

export function kanjiToNumber(raw: string): number | undefined {
  if (/^[〇一二三四五六七八九]+$/.test(raw) && raw.length > 1) {
    return Number.parseInt([...raw].map((c) => kanjiDigits.indexOf(c)).join(''), 10);
  }
  let total = 0;
  let current = 0;
  for (const char of raw) {
    const digit = kanjiDigits.indexOf(char);
    if (digit >= 0) current = digit;
    else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return undefined;
  }
  return total + current || undefined;
}

export function numberToKanji(value: number): string {
  if (value <= 0 || value >= 1000) return String(value);
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  return (
    (hundreds ? (hundreds > 1 ? kanjiDigits[hundreds] : '') + '百' : '') +
    (tens ? (tens > 1 ? kanjiDigits[tens] : '') + '十' : '') +
    (ones ? kanjiDigits[ones] : '')
  );
}

function romanValue(raw: string): number | undefined {
  const map: Record<string, number> = { i: 1, v: 5, x: 10 };
  const chars = raw.toLowerCase();
  let total = 0;
  for (let i = 0; i < chars.length; i++) {
    const value = map[chars[i]];
    const next = map[chars[i + 1]] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total || undefined;
}

function toRoman(value: number, upper: boolean): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let result = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      result += letters;
      rest -= amount;
    }
  }
  return upper ? result.toUpperCase() : result;
}

function alphaValue(raw: string): number | undefined {
  const char = toAscii(raw).toLowerCase();
  return /^[a-z]$/.test(char) ? char.charCodeAt(0) - 96 : undefined;
}

const patterns: readonly Pattern[] = [
  { style: 'article', regex: new RegExp(`^第\\s*(${digits}|${kanjiNumber})\\s*条`), value: (raw) => arabicValue(raw) ?? kanjiToNumber(raw) },
  { style: 'chapter', regex: new RegExp(`^第\\s*(${digits}|${kanjiNumber})\\s*章`), value: (raw) => arabicValue(raw) ?? kanjiToNumber(raw) },
  { style: 'fullwidth-paren-arabic', regex: new RegExp(`^（\\s*(${digits})\\s*）`), value: arabicValue },
  { style: 'paren-arabic', regex: new RegExp(`^\\(\\s*(${digits})\\s*\\)`), value: arabicValue },
  { style: 'paren-kanji', regex: new RegExp(`^[（(]\\s*(${kanjiNumber})\\s*[）)]`), value: kanjiToNumber },
  { style: 'paren-roman', regex: new RegExp(`^[（(]\\s*(${romanPattern})\\s*[）)]`), value: romanValue },
  { style: 'paren-alpha', regex: /^[（(]\s*([a-zA-Zａ-ｚＡ-Ｚ])\s*[）)]/, value: alphaValue },
  { style: 'bracket-arabic', regex: new RegExp(`^[\\[【［]\\s*(${digits})\\s*[\\]】］]`), value: arabicValue },
  { style: 'circled', regex: new RegExp(`^([${circled}])`), value: (raw) => circled.indexOf(raw) + 1 || undefined },
  { style: 'outline', regex: /^((?:[0-9]+\.)+[0-9]+)\.?(?=[\s　]|$)/, value: (raw) => arabicValue(raw.split('.').pop() ?? '') },
  { style: 'arabic-dot', regex: new RegExp(`^(${digits})[.．](?![0-9０-９])`), value: arabicValue },
  { style: 'arabic-paren', regex: new RegExp(`^(${digits})[)）]`), value: arabicValue },
  // Plain-text headings pasted from a web page (13　お問い合わせ): only the ideographic space marks them as numbering.
  { style: 'arabic-space', regex: new RegExp(`^(${digits})(?=　)`), value: arabicValue },
  { style: 'kanji', regex: new RegExp(`^(${kanjiNumber})[、．.](?=\\S)`), value: kanjiToNumber },
  { style: 'roman-dot', regex: new RegExp(`^(${romanPattern})[.．](?=[\\s　])`), value: romanValue },
  { style: 'alpha-dot', regex: /^([a-zA-Z])[.．](?=[\s　])/, value: alphaValue },
  { style: 'alpha-paren', regex: /^([a-zA-Z])[)）]/, value: alphaValue },
  { style: 'katakana', regex: new RegExp(`^[（(]?([${katakana}])[）)．.、]`), value: (raw) => katakana.indexOf(raw) + 1 || undefined },
];

/** A numbering that can be read in two ways: (i) is roman 1 or the letter i; イ is katakana 2 or iroha 1. */
export interface NumberingReading {
  readonly style: NumberingStyle;
  readonly value: number;
}

export function alternativeReadings(numbering: Numbering): NumberingReading[] {
  const inner = valueText(numbering);
  const readings: NumberingReading[] = [];
  if (numbering.style === 'paren-roman' && /^[ivxIVX]$/.test(inner)) {
    readings.push({ style: 'paren-alpha', value: alphaValue(inner) ?? 0 });
  }
  if (numbering.style === 'katakana' && iroha.includes(inner)) {
    readings.push({ style: 'iroha', value: iroha.indexOf(inner) + 1 });
  }
  return readings;
}

/**
 * Reads a numbering prefix at the start of `text` (after leading spaces).
 * `offset` is where `text` starts in the document, so the result carries a document span.
 */
export function parseNumbering(text: string, offset: number): Numbering | undefined {
  const leading = /^[ \t　]*/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(leading);
  for (const pattern of patterns) {
    const match = pattern.regex.exec(rest);
    if (!match) continue;
    const value = pattern.value(match[1]);
    if (value === undefined) continue;
    const start = offset + leading;
    const numbering: Numbering = { style: pattern.style, value, text: match[0], span: { start, end: start + match[0].length } };
    if (pattern.style === 'outline') {
      const parts = match[1].split('.').map((part) => Number.parseInt(part, 10));
      return { ...numbering, parents: parts.slice(0, -1) };
    }
    return numbering;
  }
  return undefined;
}

function valueText(numbering: Numbering): string {
  const pattern = patterns.find((candidate) => candidate.style === numbering.style);
  if (!pattern) return '';
  // Some patterns look ahead at the text after the prefix; the prefix alone may need a stand-in for it.
  for (const tail of ['', ' ', 'x', '　']) {
    const match = pattern.regex.exec(numbering.text + tail);
    if (match) return match[1];
  }
  return '';
}

function formatValue(style: NumberingStyle, value: number, like: string): string {
  switch (style) {
    case 'circled':
      return circled[value - 1] ?? `(${value})`;
    case 'kanji':
    case 'paren-kanji':
      return numberToKanji(value);
    case 'katakana':
      return katakana[value - 1] ?? String(value);
    case 'iroha':
      return iroha[value - 1] ?? String(value);
    case 'alpha-dot':
    case 'alpha-paren':
    case 'paren-alpha': {
      const letter = String.fromCharCode(96 + Math.min(Math.max(value, 1), 26));
      const upper = like.toUpperCase() === like;
      const fullwidth = /[ａ-ｚＡ-Ｚ]/.test(like);
      const result = upper ? letter.toUpperCase() : letter;
      return fullwidth ? String.fromCharCode(result.charCodeAt(0) + 0xfee0) : result;
    }
    case 'roman-dot':
    case 'paren-roman':
      return toRoman(value, like.toUpperCase() === like);
    case 'article':
    case 'chapter':
      if (/^[一二三四五六七八九十百〇]+$/.test(like)) return numberToKanji(value);
      break;
    case 'outline':
      return like.split('.').slice(0, -1).concat(String(value)).join('.');
    default:
      break;
  }
  const ascii = String(value);
  return /[０-９]/.test(like) ? [...ascii].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('') : ascii;
}

/** The same prefix written with another value: （3） → （4）, ③ → ④, 第三条 → 第四条. */
export function formatNumbering(numbering: Numbering, value: number, style: NumberingStyle = numbering.style): string {
  const inner = valueText(numbering);
  if (style === 'iroha' && numbering.style === 'katakana') return numbering.text.replace(inner, formatValue('iroha', value, inner));
  if (style === 'paren-alpha' && numbering.style === 'paren-roman') return numbering.text.replace(inner, formatValue('paren-alpha', value, inner));
  const index = numbering.text.indexOf(inner);
  if (index < 0 || inner === '') return numbering.text;
  return numbering.text.slice(0, index) + formatValue(numbering.style, value, inner) + numbering.text.slice(index + inner.length);
}

/** A human-readable name for a numbering style, for messages. */
export function describeStyle(numbering: Numbering): string {
  return formatNumbering(numbering, 1);
}
