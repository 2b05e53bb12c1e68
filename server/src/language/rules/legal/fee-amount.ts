import type { PolicyRule } from '../types';
import { feeCharged } from './presence';
import { textUnits, unitSpan, unitsInKinds } from './scan';

const amount = /[0-9０-９][0-9０-９,，.．]*\s*(?:円|yen)|[一二三四五六七八九十百千万]+円|¥\s*[0-9]/;
const noFee = /無料|無償|いただきません|頂きません|いただいておりません|申し受けません|徴収しません|徴収いたしません|請求しません|かかりません|不要/;
const requestContext = /開示|訂正|利用停止|利用目的の通知|請求|求め/;

export const feeAmountRule: PolicyRule = {
  id: 'fee-amount',
  description: { ja: '開示等の手数料を取ると書きながら額が書かれていない', en: 'A fee for requests is mentioned without its amount' },
  tags: ['legal'],
  defaultSeverity: 'error',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '法第38条第2項は手数料を徴収する場合に実費を勘案して合理的な範囲で額を定めることを求め、法第32条第1項第3号は定めた手数料の額を本人の知り得る状態に置くことを求めます（ガイドライン通則編3-8-8）。「手数料を申し受けます」だけでは足りません。',
    en: 'APPI Art. 38(2) requires a business that charges for requests to set a reasonable amount, and Art. 32(1)(iii) requires that amount to be knowable by the individual (PPC guidelines 3-8-8). "A fee will be charged" alone is not enough.',
  },
  legalBasis: 'APPI Art. 32(1)(iii), 38(2)',
  fixable: true,
  check({ document, report }) {
    const units = textUnits(document);
    const requestUnits = new Set(unitsInKinds(document, ['disclosure', 'fees']));
    units.forEach((unit, index) => {
      const match = feeCharged.exec(unit.text);
      if (!match) return;
      // A payment-processing or transfer fee is about the service, not about requests under Art. 38.
      if (/(?:決済|振込|送金|事務|解約|振替|代引)手数料/.test(unit.text) && !requestContext.test(unit.text)) return;
      if (!requestUnits.has(unit) && !requestContext.test(unit.text)) return;
      const nearby = [unit, units[index + 1], units[index - 1]].filter((u) => u !== undefined && (u === unit || requestUnits.has(u) || u.section === unit.section));
      if (nearby.some((u) => amount.test(u.text) || noFee.test(u.text))) return;
      const end = document.lines.lineEnd(document.lines.lineAt(Math.max(unit.span.start, unit.span.end - 1)));
      report({
        span: unitSpan(unit, match.index, 3),
        messageId: 'no-amount',
        fixes: [
          {
            title: { ja: '手数料の額の文を追加する', en: 'Add a sentence with the fee amount' },
            edits: [{ span: { start: end, end }, newText: document.language === 'ja' ? '手数料の額は、1回の請求につき○○円です。' : ' The fee is TBD per request.' }],
            // The amount is the writer's to fill in.
            safe: false,
          },
        ],
        message: {
          ja: '手数料を徴収すると書かれていますが、額が書かれていません（法第32条第1項第3号・第38条第2項）。「1回の請求につき1,000円」のように額を書いてください。手数料を取らないなら、その旨を書いてください。',
          en: 'A fee is mentioned but its amount is not (APPI Art. 32(1)(iii), 38(2)). State the amount, e.g. "1,000 yen per request", or say that no fee is charged.',
        },
      });
    });
  },
};
