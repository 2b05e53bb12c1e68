import type { Break, Parent, PhrasingContent, Text } from 'mdast';

/**
 * Japanese is written without spaces, so a line break inside a sentence must vanish on the page.
 * A soft break between two wide characters would otherwise show as a stray space (Chromium does
 * not apply the CSS segment-break rule for East Asian text).
 */
const wide = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\u30fc\uff01-\uff60\uffe0-\uffe6]/u;
/** Letters only: a hard break after punctuation such as 。 or ： is usually meant. */
const letter = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005]/u;
const softBreakInside = new RegExp(`(${wide.source})[ \\t]*\\r?\\n[ \\t]*(?=${wide.source})`, 'gu');

/**
 * A hard break (two trailing spaces) between two letters is a pasted line wrap when the line before it
 * is long; short lines ending in letters are deliberate (an address block: 株式会社…  /  東京都…).
 */
const minWrappedLineLength = 30;

type Leaf = { node: Text; parent: Parent } | { node: Break; parent: Parent };

function collect(parent: Parent, into: Leaf[]): void {
  for (const child of parent.children as PhrasingContent[]) {
    if (child.type === 'text') into.push({ node: child, parent });
    else if (child.type === 'break') into.push({ node: child, parent });
    else if ('children' in child) collect(child, into);
    else into.push({ node: { type: 'text', value: '\u0000' }, parent });
  }
}

function lastChar(value: string): string {
  return [...value].pop() ?? '';
}

function firstChar(value: string): string {
  return value.codePointAt(0) === undefined ? '' : String.fromCodePoint(value.codePointAt(0) as number);
}

/**
 * Joins lines broken between two Japanese characters inside one block's inline content, in place.
 * Works across inline nodes (…の\n**重要な**…) because the newline can sit in either neighbour.
 */
export function joinJapaneseLines(block: Parent): void {
  const leaves: Leaf[] = [];
  collect(block, leaves);
  let lineLength = 0;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    if (leaf.node.type === 'text') {
      const text = leaf.node;
      text.value = text.value.replace(softBreakInside, '$1');
      const previous = leaves[i - 1]?.node;
      if (previous?.type === 'text' && /^[ \t]*\r?\n[ \t]*/.test(text.value)) {
        const rest = text.value.replace(/^[ \t]*\r?\n[ \t]*/, '');
        if (wide.test(lastChar(previous.value)) && wide.test(firstChar(rest))) text.value = rest;
      }
      const next = leaves[i + 1]?.node;
      const trailing = /[ \t]*\r?\n[ \t]*$/.exec(text.value);
      if (trailing && next?.type === 'text') {
        const before = text.value.slice(0, trailing.index);
        if (wide.test(lastChar(before)) && wide.test(firstChar(next.value))) text.value = before;
      }
      const afterNewline = text.value.lastIndexOf('\n');
      lineLength = afterNewline >= 0 ? [...text.value.slice(afterNewline + 1)].length : lineLength + [...text.value].length;
      continue;
    }
    const before = leaves[i - 1]?.node;
    const after = leaves[i + 1]?.node;
    if (
      before?.type === 'text' && after?.type === 'text' &&
      letter.test(lastChar(before.value)) && letter.test(firstChar(after.value.trimStart())) &&
      lineLength >= minWrappedLineLength
    ) {
      const index = leaf.parent.children.indexOf(leaf.node);
      if (index >= 0) leaf.parent.children.splice(index, 1, { type: 'text', value: '' });
      after.value = after.value.trimStart();
      continue;
    }
    lineLength = 0;
  }
}
