// GDPR Art. 13/14 clause data. The text is the published English text as reproduced in the
// shared domain brief (§4), copied exactly (including each point's closing ';' or '.'); the
// test suite enforces the match. Point letters (a), (b)… map to item numbers 1, 2….
import type { ClauseItem, ClauseSet, LocalizedText } from './types';

function item(setId: string, number: number, statute: string, short: LocalizedText): ClauseItem {
  return { id: `${setId}-${number}`, number, statute, short, english: statute, academic: false };
}

// Articles 13 and 14 share most points, so the labels are defined once.
const SHORT = {
  identity: { ja: '管理者の身元・連絡先', en: 'Controller identity and contact' },
  dpo: { ja: 'データ保護責任者の連絡先', en: 'DPO contact details' },
  purposes: { ja: '処理の目的と法的根拠', en: 'Purposes and legal basis' },
  interests: { ja: '正当な利益', en: 'Legitimate interests' },
  recipients: { ja: '受領者', en: 'Recipients' },
  transfers: { ja: '第三国への移転', en: 'Transfers abroad' },
  retention: { ja: '保存期間', en: 'Retention period' },
  rights: { ja: 'データ主体の権利', en: 'Data subject rights' },
  withdraw: { ja: '同意を撤回する権利', en: 'Right to withdraw consent' },
  complaint: { ja: '監督機関への苦情申立権', en: 'Right to lodge a complaint' },
  requirement: { ja: '提供の義務と提供しない場合の結果', en: 'Statutory or contractual requirement' },
  automated: { ja: '自動化された意思決定', en: 'Automated decision-making' },
  categories: { ja: '個人データの種類', en: 'Categories of personal data' },
  source: { ja: '個人データの取得元', en: 'Source of the data' },
} satisfies Record<string, LocalizedText>;

export const gdprClauseSets: readonly ClauseSet[] = [
  {
    id: 'gdpr-13-1',
    law: 'gdpr',
    title: { ja: 'GDPR第13条第1項（本人から取得する場合の情報提供事項）', en: 'Information where data are collected from the data subject (GDPR Art. 13(1))' },
    article: { current: 'Art. 13(1)', older: [] },
    kind: 'items',
    items: [
      item('gdpr-13-1', 1, 'the identity and the contact details of the controller and, where applicable, of the controller\'s representative;', SHORT.identity),
      item('gdpr-13-1', 2, 'the contact details of the data protection officer, where applicable;', SHORT.dpo),
      item('gdpr-13-1', 3, 'the purposes of the processing for which the personal data are intended as well as the legal basis for the processing;', SHORT.purposes),
      item('gdpr-13-1', 4, 'where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party;', SHORT.interests),
      item('gdpr-13-1', 5, 'the recipients or categories of recipients of the personal data, if any;', SHORT.recipients),
      item('gdpr-13-1', 6, 'where applicable, the fact that the controller intends to transfer personal data to a third country or international organisation and the existence or absence of an adequacy decision by the Commission, or in the case of transfers referred to in Article 46 or 47, or the second subparagraph of Article 49(1), reference to the appropriate or suitable safeguards and the means by which to obtain a copy of them or where they have been made available.', SHORT.transfers),
    ],
  },
  {
    id: 'gdpr-13-2',
    law: 'gdpr',
    title: { ja: 'GDPR第13条第2項（本人から取得する場合の追加の情報提供事項）', en: 'Further information where data are collected from the data subject (GDPR Art. 13(2))' },
    article: { current: 'Art. 13(2)', older: [] },
    kind: 'items',
    items: [
      item('gdpr-13-2', 1, 'the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period;', SHORT.retention),
      item('gdpr-13-2', 2, 'the existence of the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning the data subject or to object to processing as well as the right to data portability;', SHORT.rights),
      item('gdpr-13-2', 3, 'where the processing is based on point (a) of Article 6(1) or point (a) of Article 9(2), the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal;', SHORT.withdraw),
      item('gdpr-13-2', 4, 'the right to lodge a complaint with a supervisory authority;', SHORT.complaint),
      item('gdpr-13-2', 5, 'whether the provision of personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract, as well as whether the data subject is obliged to provide the personal data and of the possible consequences of failure to provide such data;', SHORT.requirement),
      item('gdpr-13-2', 6, 'the existence of automated decision-making, including profiling, referred to in Article 22(1) and (4) and, at least in those cases, meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for the data subject.', SHORT.automated),
    ],
  },
  {
    id: 'gdpr-14-1',
    law: 'gdpr',
    title: { ja: 'GDPR第14条第1項（本人以外から取得する場合の情報提供事項）', en: 'Information where data have not been obtained from the data subject (GDPR Art. 14(1))' },
    article: { current: 'Art. 14(1)', older: [] },
    chapeau: 'Where personal data have not been obtained from the data subject, the controller shall provide the data subject with the following information:',
    kind: 'items',
    items: [
      item('gdpr-14-1', 1, 'the identity and the contact details of the controller and, where applicable, of the controller\'s representative;', SHORT.identity),
      item('gdpr-14-1', 2, 'the contact details of the data protection officer, where applicable;', SHORT.dpo),
      item('gdpr-14-1', 3, 'the purposes of the processing for which the personal data are intended as well as the legal basis for the processing;', SHORT.purposes),
      item('gdpr-14-1', 4, 'the categories of personal data concerned;', SHORT.categories),
      item('gdpr-14-1', 5, 'the recipients or categories of recipients of the personal data, if any;', SHORT.recipients),
      item('gdpr-14-1', 6, 'where applicable, that the controller intends to transfer personal data to a recipient in a third country or international organisation and the existence or absence of an adequacy decision by the Commission, or in the case of transfers referred to in Article 46 or 47, or the second subparagraph of Article 49(1), reference to the appropriate or suitable safeguards and the means to obtain a copy of them or where they have been made available.', SHORT.transfers),
    ],
  },
  {
    id: 'gdpr-14-2',
    law: 'gdpr',
    title: { ja: 'GDPR第14条第2項（本人以外から取得する場合の追加の情報提供事項）', en: 'Further information where data have not been obtained from the data subject (GDPR Art. 14(2))' },
    article: { current: 'Art. 14(2)', older: [] },
    chapeau: 'In addition to the information referred to in paragraph 1, the controller shall provide the data subject with the following information necessary to ensure fair and transparent processing in respect of the data subject:',
    kind: 'items',
    items: [
      item('gdpr-14-2', 1, 'the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period;', SHORT.retention),
      item('gdpr-14-2', 2, 'where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party;', SHORT.interests),
      item('gdpr-14-2', 3, 'the existence of the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning the data subject and to object to processing as well as the right to data portability;', SHORT.rights),
      item('gdpr-14-2', 4, 'where processing is based on point (a) of Article 6(1) or point (a) of Article 9(2), the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal;', SHORT.withdraw),
      item('gdpr-14-2', 5, 'the right to lodge a complaint with a supervisory authority;', SHORT.complaint),
      item('gdpr-14-2', 6, 'from which source the personal data originate, and if applicable, whether it came from publicly accessible sources;', SHORT.source),
      item('gdpr-14-2', 7, 'the existence of automated decision-making, including profiling, referred to in Article 22(1) and (4) and, at least in those cases, meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for the data subject.', SHORT.automated),
    ],
  },
];
