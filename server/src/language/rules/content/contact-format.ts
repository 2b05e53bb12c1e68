import type { Link, Nodes, RootContent } from 'mdast';
import { plainText, spanOf } from '../../model/text';
import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { Fix, LocalizedText, PolicyRule, RuleContext } from '../types';
import { matchProse, toHalfWidth } from './scan';

const fullWidthDigit = /[０-９]/;
const halfWidthDigit = /[0-9]/;
const validEmail = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

function links(node: Nodes | RootContent, into: Link[] = []): Link[] {
  if (node.type === 'link') into.push(node);
  if ('children' in node) for (const child of node.children as RootContent[]) links(child, into);
  return into;
}

type Report = RuleContext['report'];

function say(report: Report, span: Span, messageId: string, message: LocalizedText, fixes?: Fix[]): void {
  report({ span, messageId, message, fixes });
}

const why = {
  ja: '連絡先は苦情の申出先として本人が実際に使えなければなりません（個人情報保護法施行令第10条第2号）。',
  en: 'Contact details must actually work: they are how people reach the complaint desk (APPI Cabinet Order Art. 10(ii)).',
};

/** Japanese numbers: 10 digits with the area code, 11 for 050/070/080/090 and 0800. */
function phoneProblem(raw: string): LocalizedText | undefined {
  let digits = toHalfWidth(raw).replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+81')) return undefined;
    digits = `0${digits.slice(3).replace(/^0/, '')}`;
  }
  if (!digits.startsWith('0')) return { ja: '市外局番の「0」で始まっていません', en: 'it does not start with the 0 of an area code' };
  const long = /^0(?:[5789]0|800)/.test(digits);
  if (long && digits.length === 11) return undefined;
  if (!long && digits.length === 10) return undefined;
  const expected = long ? 11 : 10;
  return { ja: `桁数が ${digits.length} 桁です（この番号の種類では ${expected} 桁）`, en: `it has ${digits.length} digits where this kind of number has ${expected}` };
}

function checkPhones(document: PolicyDocument, report: Report): void {
  for (const contact of document.contacts) {
    if (contact.kind !== 'phone' && contact.kind !== 'fax') continue;
    const label = contact.kind === 'fax' ? { ja: 'FAX番号', en: 'fax number' } : { ja: '電話番号', en: 'phone number' };
    if (fullWidthDigit.test(contact.value) && halfWidthDigit.test(contact.value)) {
      const fixed = toHalfWidth(contact.value);
      say(report, contact.span, 'mixed-width', {
        ja: `${label.ja}「${contact.value}」に全角と半角の数字が混在しています。コピーや発信で誤りやすく、検索にもかかりません。${why.ja}半角にそろえてください。`,
        en: `The ${label.en} "${contact.value}" mixes full-width and half-width digits, which breaks copying, dialling and search. ${why.en} Use one width.`,
      }, [{ title: { ja: '半角数字にそろえる', en: 'Use half-width digits' }, edits: [{ span: contact.span, newText: fixed }], safe: true }]);
      continue;
    }
    // The model's pattern may run on into a following time ("03-1234-5678 9:00"): accept any prefix that ends a group.
    const groups = contact.value.split(/\s+/);
    const prefixes = groups.map((_, i) => groups.slice(0, i + 1).join(' '));
    if (document.language === 'en' && !/^\s*(?:\+81|0)/.test(toHalfWidth(contact.value))) continue;
    if (prefixes.some((prefix) => !phoneProblem(prefix))) continue;
    const problem = phoneProblem(contact.value);
    if (!problem) continue;
    say(report, contact.span, 'phone', {
      ja: `${label.ja}「${contact.value}」は日本の番号として不正です（${problem.ja}）。${why.ja}番号を確かめてください。`,
      en: `The ${label.en} "${contact.value}" is not a valid Japanese number: ${problem.en}. ${why.en} Check the number.`,
    });
  }
}

function checkPostalCodes(document: PolicyDocument, report: Report): void {
  for (const found of matchProse(document, /(〒|郵便番号\s*[:：]?)\s*([0-9０-９][0-9０-９\-－ー‐−]*[0-9０-９])/g)) {
    const code = found.match[2];
    const start = found.span.start + found.match[0].lastIndexOf(code);
    const span = { start, end: start + code.length };
    const ascii = toHalfWidth(code).replace(/[ー‐−]/g, '-');
    const mixed = fullWidthDigit.test(code) && halfWidthDigit.test(code);
    if (/^[0-9]{3}-[0-9]{4}$/.test(ascii) && !mixed && !/ー/.test(code)) continue;
    if (/^[0-9]{7}$/.test(ascii)) {
      const fixed = `${code.slice(0, 3)}${fullWidthDigit.test(code) ? '－' : '-'}${code.slice(3)}`;
      say(report, span, 'postal-code-hyphen', {
        ja: `郵便番号「${code}」に区切りのハイフンがありません。${why.ja}「〒123-4567」の形にしてください。`,
        en: `The postal code "${code}" has no hyphen. ${why.en} Write it as 〒123-4567.`,
      }, [{ title: { ja: 'ハイフンを入れる', en: 'Insert the hyphen' }, edits: [{ span, newText: fixed }], safe: true }]);
    } else if (/^[0-9]{3}-[0-9]{4}$/.test(ascii)) {
      say(report, span, 'postal-code-characters', {
        ja: `郵便番号「${code}」に全角と半角の数字、または長音記号「ー」が混ざっています。${why.ja}「123-4567」の形にそろえてください。`,
        en: `The postal code "${code}" mixes digit widths or uses the long-vowel mark ー as a hyphen. ${why.en} Write it as 123-4567.`,
      }, [{ title: { ja: '「123-4567」の形にする', en: 'Write it as 123-4567' }, edits: [{ span, newText: ascii }], safe: true }]);
    } else {
      say(report, span, 'postal-code', {
        ja: `郵便番号「${code}」は「3桁-4桁」の形ではありません。${why.ja}番号を確かめてください。`,
        en: `The postal code "${code}" is not in the 3-digit-hyphen-4-digit form. ${why.en} Check the code.`,
      });
    }
  }
}

function checkEmails(document: PolicyDocument, report: Report): void {
  for (const found of matchProse(document, /(?<![A-Za-z0-9._%+\-０-９Ａ-Ｚａ-ｚ])[A-Za-z0-9._%+\-０-９Ａ-Ｚａ-ｚ]+@[A-Za-z0-9.\-０-９Ａ-Ｚａ-ｚ．]*[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/g)) {
    const address = found.match[0];
    if (validEmail.test(address)) continue;
    const ascii = toHalfWidth(address);
    const fullWidth = ascii !== address && validEmail.test(ascii);
    say(report, found.span, fullWidth ? 'email-width' : 'email', {
      ja: `メールアドレス「${address}」は${fullWidth ? '全角文字を含んでいるため' : '形式が正しくないため'}、送信できません。${why.ja}${fullWidth ? '半角で書いてください。' : 'アドレスを確かめてください。'}`,
      en: `The e-mail address "${address}" ${fullWidth ? 'contains full-width characters' : 'is malformed'}, so mail to it cannot be delivered. ${why.en} ${fullWidth ? 'Write it in half-width characters.' : 'Check the address.'}`,
    }, fullWidth ? [{ title: { ja: '半角にする', en: 'Use half-width characters' }, edits: [{ span: found.span, newText: ascii }], safe: true }] : undefined);
  }
}

function checkLinks(document: PolicyDocument, report: Report): void {
  for (const block of document.blocks) {
    for (const link of links(block)) {
      const span = spanOf(link);
      if (!span) continue;
      const text = plainText(link).trim();
      if (/^mailto:/i.test(link.url)) {
        const address = decodeURIComponent(link.url.slice(7).split('?')[0]);
        if (!validEmail.test(address)) {
          say(report, span, 'mailto', { ja: `mailto リンクのアドレス「${address}」は形式が正しくありません。${why.ja}アドレスを確かめてください。`, en: `The mailto link's address "${address}" is malformed. ${why.en} Check the address.` });
        } else if (text.includes('@') && text.toLowerCase() !== address.toLowerCase()) {
          say(report, span, 'mailto-mismatch', {
            ja: `リンクの表示「${text}」と送信先「${address}」が違います。読み手は表示されたアドレスに送ったつもりで別のアドレスに送ることになります。${why.ja}どちらかに統一してください。`,
            en: `The link shows "${text}" but sends to "${address}", so readers write to an address they did not see. ${why.en} Make them the same.`,
          });
        }
        continue;
      }
      if (/^h?t?tps?\/\//i.test(link.url) || /^https?:\/(?!\/)/i.test(link.url)) {
        say(report, span, 'url-scheme', {
          ja: `URL「${link.url}」の「://」が崩れているため、リンクが開きません。「http://」「https://」の形に直してください。`,
          en: `The URL "${link.url}" has a broken "://", so the link does not open. Write http:// or https://.`,
        });
        continue;
      }
      if (!/^https?:/i.test(link.url) || text !== link.url) continue;
      // A bare URL in the text runs on until whitespace, swallowing the Japanese that follows it.
      const spill = /[\u3000-\u303f\u3040-\u309f\uff01-\uff0f\uff1a-\uff20]/.exec(link.url);
      if (!spill) continue;
      // Closing brackets and stops just before the Japanese belong to the sentence, not the address.
      let cut = spill.index;
      while (cut > 0 && /[)\].,;:!?'"]/.test(link.url[cut - 1])) cut--;
      const end = span.start + cut;
      say(report, { start: span.start, end: span.end }, 'url-runs-on', {
        ja: `URL「${link.url.slice(0, cut)}」の直後の「${link.url.slice(cut, cut + 6)}…」までリンクに含まれ、リンク先が存在しないアドレスになります。URL を < > で囲むか、後ろに空白を入れてください。`,
        en: `The URL "${link.url.slice(0, cut)}" runs on into the text after it ("${link.url.slice(cut, cut + 6)}…"), so the link points to an address that does not exist. Wrap the URL in < > or put a space after it.`,
      }, [{ title: { ja: 'URL を < > で囲む', en: 'Wrap the URL in < >' }, edits: [{ span: { start: span.start, end: span.start }, newText: '<' }, { span: { start: end, end }, newText: '>' }], safe: true }]);
    }
  }
  for (const found of matchProse(document, /[ｈh][ｔt]{2}[ｐp][ｓs]?[：:][／/]{2}[A-Za-z0-9\-._~%/?#=&+Ａ-Ｚａ-ｚ０-９．－＿／？＃＝＆]+/g)) {
    if (!/[^\x20-\x7e]/.test(found.match[0])) continue;
    const fixed = toHalfWidth(found.match[0].normalize('NFKC'));
    say(report, found.span, 'url-width', {
      ja: `URL「${found.match[0]}」に全角文字が含まれているため、リンクになりません。半角で書いてください。`,
      en: `The URL "${found.match[0]}" contains full-width characters, so it does not work as a link. Write it in half-width characters.`,
    }, [{ title: { ja: '半角にする', en: 'Use half-width characters' }, edits: [{ span: found.span, newText: fixed }], safe: true }]);
  }
  for (const found of matchProse(document, /(?<![A-Za-z])(?:https?\/\/|https?:\/(?=[A-Za-z0-9])|htt?ps?;\/\/|htp:\/\/|htps:\/\/)/g)) {
    say(report, found.span, 'url-scheme', {
      ja: `URL の先頭「${found.match[0]}」が崩れているため、リンクになりません。「http://」「https://」の形に直してください。`,
      en: `The URL starts with "${found.match[0]}", which is broken, so it does not work as a link. Write http:// or https://.`,
    });
  }
}

export const contactFormatRule: PolicyRule = {
  id: 'contact-format',
  description: { ja: '形式の崩れたメールアドレス・電話番号・郵便番号・URL', en: 'Malformed e-mail addresses, phone numbers, postal codes and URLs' },
  tags: ['content', 'contact'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '問い合わせ先・苦情の申出先は本人が実際に使えなければ意味がありません（個人情報保護法第32条第1項、施行令第10条第2号）。桁の足りない電話番号や届かないアドレスは、窓口がないのと同じです。',
    en: 'A contact or complaint desk is only useful if people can reach it (APPI Art. 32(1), Cabinet Order Art. 10(ii)). A number with missing digits or an undeliverable address is no contact at all.',
  },
  legalBasis: 'APPI Art. 32(1); Cabinet Order Art. 10(ii)',
  fixable: true,
  check({ document, report }) {
    checkPhones(document, report);
    checkPostalCodes(document, report);
    checkEmails(document, report);
    checkLinks(document, report);
  },
};
