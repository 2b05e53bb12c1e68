import * as assert from 'node:assert/strict';
import { validateConfig, type PolicyConfig } from '../../server/src/language/config';

/** A company's standard outsourcing clause, as a writer would keep it in `.policymd.json` beside the policies. */
export const acmeOutsourcing = {
  id: 'acme-outsourcing',
  title: { ja: 'アクメ社 委託先標準条項', en: 'Acme standard outsourcing clause' },
  introduction: ['委託先との契約'],
  items: [
    { id: 'confidentiality', text: '委託先に秘密保持の義務を課すこと', short: { ja: '秘密保持', en: 'Confidentiality' } },
    { id: 'purpose', text: '委託した業務の目的以外での利用を禁止すること', short: { ja: '目的外利用の禁止', en: 'No other use' } },
    { id: 'subcontract', text: '再委託には当社の事前の書面による承諾を必要とすること', short: { ja: '再委託の制限', en: 'Subcontracting' } },
  ],
};

/** A sentence introducing the Acme clause by its configured phrase. */
export const acmeIntroduction = '当社は、個人情報の取扱いを委託する場合、委託先との契約において次の事項を定めます。';

/** A validated configuration holding `sets`; a problem fails the test, since every fixture set is meant to be valid. */
export function configWithClauseSets(...sets: unknown[]): PolicyConfig {
  const { config, problems } = validateConfig({ clauseSets: sets });
  assert.deepEqual(problems, []);
  return config;
}
