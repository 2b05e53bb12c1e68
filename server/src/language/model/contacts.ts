import type { Link, Nodes, RootContent } from 'mdast';
import { segmentSpan, spanOf, type TextSegment } from './text';
import type { ContactDetail, ContactKind } from './types';

const textPatterns: readonly { kind: ContactKind; regex: RegExp }[] = [
  { kind: 'postal-code', regex: /(?:〒|郵便番号\s*[:：]?)\s*([0-9０-９]{3}\s*[-－ー‐−]\s*[0-9０-９]{4})/g },
  { kind: 'fax', regex: /(?:FAX|Fax|fax|ファックス|ファクス|ファクシミリ)\s*(?:番号)?\s*[:：]?\s*(\+?[0-9０-９(（][0-9０-９\-－‐−()（） ]{7,}[0-9０-９])/g },
  { kind: 'phone', regex: /(?:TEL|Tel|tel|電話番号|電話|Phone|phone|☎|℡)\s*[:：]?\s*(\+?[0-9０-９(（][0-9０-９\-－‐−()（） ]{7,}[0-9０-９])/g },
  { kind: 'email', regex: /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g },
];

function links(node: Nodes | RootContent, into: Link[] = []): Link[] {
  if (node.type === 'link') into.push(node);
  if ('children' in node) for (const child of node.children as RootContent[]) links(child, into);
  return into;
}

/** Postal codes, phone and fax numbers, e-mail addresses and URLs, wherever the text gives them. */
export function findContacts(blocks: readonly RootContent[], segments: readonly TextSegment[], text: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  for (const segment of segments) {
    for (const { kind, regex } of textPatterns) {
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(segment.value)) !== null) {
        const value = match[1];
        found.push({ kind, value, span: segmentSpan(segment, match.index + match[0].lastIndexOf(value), value.length, text) });
      }
    }
  }
  for (const block of blocks) {
    for (const link of links(block)) {
      const span = spanOf(link);
      if (!span) continue;
      if (/^mailto:/i.test(link.url)) found.push({ kind: 'email', value: link.url.slice(7), span });
      else if (/^https?:/i.test(link.url)) found.push({ kind: 'url', value: link.url, span });
    }
  }
  const unique = new Map<string, ContactDetail>();
  for (const detail of found) unique.set(`${detail.kind}:${detail.span.start}`, detail);
  return [...unique.values()].sort((a, b) => a.span.start - b.span.start);
}
