/** Character classes the writing rules share; ranges follow Unicode blocks, not a dictionary. */
export function isHiragana(char: string | undefined): boolean {
  return char !== undefined && /^[\u3041-\u3096]$/.test(char);
}

export function isKatakana(char: string | undefined): boolean {
  return char !== undefined && /^[\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d]$/.test(char);
}

/** Kanji, including the iteration mark 々 and 〆, which behave like kanji in a word. */
export function isKanji(char: string | undefined): boolean {
  return char !== undefined && /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006]$/u.test(char);
}

/** Any character of Japanese running text: kana, kanji, the long-vowel mark and full-width punctuation. */
export function isJapanese(char: string | undefined): boolean {
  return char !== undefined && (isHiragana(char) || isKatakana(char) || isKanji(char) || /^[\u3000-\u303f\u30fc\uff01-\uff60]$/.test(char));
}

