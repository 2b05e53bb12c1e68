// APPI clause data. Statutory text is copied character for character from the e-Gov text as
// reproduced in the shared domain brief (§1); test/unit/clauses.test.ts enforces the match, so
// never retype or "tidy" these strings. English renderings are unofficial plain paraphrases.
import type { ClauseItem, ClauseSet, LocalizedText } from './types';

const G1 = '2005-04-01〜2017-05-29';
const G2 = '2017-05-30〜2022-03-31';
const G1G2 = '2005-04-01〜2022-03-31';

function item(setId: string, number: number, statute: string, short: LocalizedText, english: string, academic = false): ClauseItem {
  return { id: `${setId}-${number}`, number, statute, short, english, academic };
}

// academic is true only where the item requires the business itself to be a 学術研究機関等
// (18(3)(v), 20(2)(v), 27(1)(v)(vi)); items about providing to, or acquiring from, such an
// institution (18(3)(vi), 20(2)(vi), 27(1)(vii)) are usable by any business.
export const appiClauseSets: readonly ClauseSet[] = [
  {
    id: 'appi-18-3',
    law: 'appi',
    title: { ja: '利用目的による制限の例外（第18条第3項）', en: 'Exceptions to the purpose limitation (APPI Art. 18(3))' },
    article: { current: '第18条第3項', older: [{ label: '第16条第3項', inForce: G1G2 }] },
    chapeau: '前二項の規定は、次に掲げる場合については、適用しない。',
    kind: 'exceptions',
    items: [
      item('appi-18-3', 1, '法令（条例を含む。以下この章において同じ。）に基づく場合', { ja: '法令に基づく場合', en: 'Required by law' }, 'Where it is based on laws and regulations (including local ordinances).'),
      item('appi-18-3', 2, '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき。', { ja: '生命・身体・財産の保護', en: 'Protecting life, body or property' }, 'Where it is necessary to protect a person\'s life, body or property and it is difficult to obtain the principal\'s consent.'),
      item('appi-18-3', 3, '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき。', { ja: '公衆衛生・児童の健全育成', en: 'Public health or child welfare' }, 'Where it is especially necessary to improve public health or to promote the healthy development of children and it is difficult to obtain the principal\'s consent.'),
      item('appi-18-3', 4, '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき。', { ja: '国の機関等への協力', en: 'Cooperating with public authorities' }, 'Where it is necessary to cooperate with a national body, a local government or a person entrusted by either in carrying out duties prescribed by law, and asking for the principal\'s consent would be likely to hinder those duties.'),
      item('appi-18-3', 5, '当該個人情報取扱事業者が学術研究機関等である場合であって、当該個人情報を学術研究の用に供する目的（以下この章において「学術研究目的」という。）で取り扱う必要があるとき（当該個人情報を取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）。', { ja: '学術研究機関等による学術研究目的の取扱い', en: 'Academic research by the business' }, 'Where the business is itself an academic research institution and needs to handle the information for academic research purposes (including where only part of the purpose is academic research, but not where individual rights and interests are likely to be unjustly infringed).', true),
      item('appi-18-3', 6, '学術研究機関等に個人データを提供する場合であって、当該学術研究機関等が当該個人データを学術研究目的で取り扱う必要があるとき（当該個人データを取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）。', { ja: '学術研究機関等への提供', en: 'Providing data to a research institution' }, 'Where personal data is provided to an academic research institution that needs to handle it for academic research purposes (with the same inclusion and exclusion).'),
    ],
  },
  {
    id: 'appi-20-2',
    law: 'appi',
    title: { ja: '要配慮個人情報の取得の制限の例外（第20条第2項）', en: 'Exceptions to consent for acquiring sensitive personal information (APPI Art. 20(2))' },
    article: { current: '第20条第2項', older: [{ label: '第17条第2項', inForce: G2 }] },
    chapeau: '個人情報取扱事業者は、次に掲げる場合を除くほか、あらかじめ本人の同意を得ないで、要配慮個人情報を取得してはならない。',
    kind: 'exceptions',
    items: [
      item('appi-20-2', 1, '法令に基づく場合', { ja: '法令に基づく場合', en: 'Required by law' }, 'Where it is based on laws and regulations.'),
      item('appi-20-2', 2, '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき。', { ja: '生命・身体・財産の保護', en: 'Protecting life, body or property' }, 'Where it is necessary to protect a person\'s life, body or property and it is difficult to obtain the principal\'s consent.'),
      item('appi-20-2', 3, '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき。', { ja: '公衆衛生・児童の健全育成', en: 'Public health or child welfare' }, 'Where it is especially necessary to improve public health or to promote the healthy development of children and it is difficult to obtain the principal\'s consent.'),
      item('appi-20-2', 4, '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき。', { ja: '国の機関等への協力', en: 'Cooperating with public authorities' }, 'Where it is necessary to cooperate with a national body, a local government or a person entrusted by either in carrying out duties prescribed by law, and asking for the principal\'s consent would be likely to hinder those duties.'),
      item('appi-20-2', 5, '当該個人情報取扱事業者が学術研究機関等である場合であって、当該要配慮個人情報を学術研究目的で取り扱う必要があるとき（当該要配慮個人情報を取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）。', { ja: '学術研究機関等による学術研究目的の取扱い', en: 'Academic research by the business' }, 'Where the business is itself an academic research institution and needs to handle the sensitive information for academic research purposes (including where only part of the purpose is academic research, but not where individual rights and interests are likely to be unjustly infringed).', true),
      item('appi-20-2', 6, '学術研究機関等から当該要配慮個人情報を取得する場合であって、当該要配慮個人情報を学術研究目的で取得する必要があるとき（当該要配慮個人情報を取得する目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）（当該個人情報取扱事業者と当該学術研究機関等が共同して学術研究を行う場合に限る。）。', { ja: '学術研究機関等からの共同研究のための取得', en: 'Acquiring from a joint-research partner' }, 'Where the sensitive information is acquired from an academic research institution for academic research purposes (same inclusion and exclusion), only when the business and that institution carry out the research jointly.'),
      item('appi-20-2', 7, '当該要配慮個人情報が、本人、国の機関、地方公共団体、学術研究機関等、第五十七条第一項各号に掲げる者その他個人情報保護委員会規則で定める者により公開されている場合', { ja: '本人・報道機関等により公開されている場合', en: 'Already made public' }, 'Where the sensitive information has been made public by the principal, a national body, a local government, an academic research institution, a person listed in Art. 57(1) (press, authors, religious or political bodies) or another person prescribed by PPC Rules.'),
      item('appi-20-2', 8, 'その他前各号に掲げる場合に準ずるものとして政令で定める場合', { ja: '政令で定める場合', en: 'Cases prescribed by Cabinet Order' }, 'Other cases prescribed by Cabinet Order as equivalent to the above (e.g. information obvious from seeing or photographing the principal).'),
    ],
  },
  {
    id: 'appi-21-4',
    law: 'appi',
    title: { ja: '利用目的の通知等の例外（第21条第4項）', en: 'Exceptions to notifying or publishing the purpose of use (APPI Art. 21(4))' },
    article: { current: '第21条第4項', older: [{ label: '第18条第4項', inForce: G1G2 }] },
    chapeau: '前三項の規定は、次に掲げる場合については、適用しない。',
    kind: 'exceptions',
    items: [
      item('appi-21-4', 1, '利用目的を本人に通知し、又は公表することにより本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合', { ja: '本人・第三者の権利利益を害するおそれ', en: 'Harm to the principal or others' }, 'Where notifying the principal of the purpose, or publishing it, would be likely to harm the life, body, property or other rights and interests of the principal or a third party.'),
      item('appi-21-4', 2, '利用目的を本人に通知し、又は公表することにより当該個人情報取扱事業者の権利又は正当な利益を害するおそれがある場合', { ja: '事業者の権利・正当な利益を害するおそれ', en: 'Harm to the business\'s interests' }, 'Where notifying the principal of the purpose, or publishing it, would be likely to harm the business\'s rights or legitimate interests.'),
      item('appi-21-4', 3, '国の機関又は地方公共団体が法令の定める事務を遂行することに対して協力する必要がある場合であって、利用目的を本人に通知し、又は公表することにより当該事務の遂行に支障を及ぼすおそれがあるとき。', { ja: '国の機関等への協力', en: 'Cooperating with public authorities' }, 'Where it is necessary to cooperate with a national body or a local government in carrying out duties prescribed by law, and notifying or publishing the purpose would be likely to hinder those duties.'),
      item('appi-21-4', 4, '取得の状況からみて利用目的が明らかであると認められる場合', { ja: '取得の状況から利用目的が明らか', en: 'Purpose evident from the circumstances' }, 'Where the purpose is evident from the circumstances in which the information is acquired.'),
    ],
  },
  {
    id: 'appi-27-1',
    law: 'appi',
    title: { ja: '第三者提供の制限の例外（第27条第1項）', en: 'Exceptions to consent for provision to third parties (APPI Art. 27(1))' },
    article: { current: '第27条第1項', older: [{ label: '第23条第1項', inForce: G1G2 }] },
    chapeau: '個人情報取扱事業者は、次に掲げる場合を除くほか、あらかじめ本人の同意を得ないで、個人データを第三者に提供してはならない。',
    kind: 'exceptions',
    items: [
      item('appi-27-1', 1, '法令に基づく場合', { ja: '法令に基づく場合', en: 'Required by law' }, 'Where it is based on laws and regulations.'),
      item('appi-27-1', 2, '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき。', { ja: '生命・身体・財産の保護', en: 'Protecting life, body or property' }, 'Where it is necessary to protect a person\'s life, body or property and it is difficult to obtain the principal\'s consent.'),
      item('appi-27-1', 3, '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき。', { ja: '公衆衛生・児童の健全育成', en: 'Public health or child welfare' }, 'Where it is especially necessary to improve public health or to promote the healthy development of children and it is difficult to obtain the principal\'s consent.'),
      item('appi-27-1', 4, '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき。', { ja: '国の機関等への協力', en: 'Cooperating with public authorities' }, 'Where it is necessary to cooperate with a national body, a local government or a person entrusted by either in carrying out duties prescribed by law, and asking for the principal\'s consent would be likely to hinder those duties.'),
      item('appi-27-1', 5, '当該個人情報取扱事業者が学術研究機関等である場合であって、当該個人データの提供が学術研究の成果の公表又は教授のためやむを得ないとき（個人の権利利益を不当に侵害するおそれがある場合を除く。）。', { ja: '学術研究の成果の公表・教授', en: 'Publishing or teaching research results' }, 'Where the business is itself an academic research institution and the provision is unavoidable for publishing or teaching the results of academic research (but not where individual rights and interests are likely to be unjustly infringed).', true),
      item('appi-27-1', 6, '当該個人情報取扱事業者が学術研究機関等である場合であって、当該個人データを学術研究目的で提供する必要があるとき（当該個人データを提供する目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）（当該個人情報取扱事業者と当該第三者が共同して学術研究を行う場合に限る。）。', { ja: '共同研究のための提供', en: 'Providing data for joint research' }, 'Where the business is itself an academic research institution and needs to provide the data for academic research purposes (including where only part of the purpose is academic research, but not where individual rights and interests are likely to be unjustly infringed), only when it carries out the research jointly with the recipient.', true),
      item('appi-27-1', 7, '当該第三者が学術研究機関等である場合であって、当該第三者が当該個人データを学術研究目的で取り扱う必要があるとき（当該個人データを取り扱う目的の一部が学術研究目的である場合を含み、個人の権利利益を不当に侵害するおそれがある場合を除く。）。', { ja: '学術研究機関等である第三者への提供', en: 'Recipient is a research institution' }, 'Where the recipient is an academic research institution that needs to handle the data for academic research purposes (same inclusion and exclusion).'),
    ],
  },
  {
    id: 'appi-27-2',
    law: 'appi',
    title: { ja: 'オプトアウトによる第三者提供の通知等事項（第27条第2項・規則第11条第4項）', en: 'Opt-out provision: matters to notify or make readily accessible (APPI Art. 27(2); PPC Rules Art. 11(4))' },
    article: { current: '第27条第2項', older: [{ label: '第23条第2項', inForce: G1G2 }] },
    // The whole of 27(2) (main text and proviso), since the statute introduces the items mid-sentence.
    chapeau: '個人情報取扱事業者は、第三者に提供される個人データについて、本人の求めに応じて当該本人が識別される個人データの第三者への提供を停止することとしている場合であって、次に掲げる事項について、個人情報保護委員会規則で定めるところにより、あらかじめ、本人に通知し、又は本人が容易に知り得る状態に置くとともに、個人情報保護委員会に届け出たときは、前項の規定にかかわらず、当該個人データを第三者に提供することができる。ただし、第三者に提供される個人データが要配慮個人情報又は第二十条第一項の規定に違反して取得されたもの若しくは他の個人情報取扱事業者からこの項本文の規定により提供されたもの（その全部又は一部を複製し、又は加工したものを含む。）である場合は、この限りでない。',
    kind: 'items',
    items: [
      item('appi-27-2', 1, '第三者への提供を行う個人情報取扱事業者の氏名又は名称及び住所並びに法人にあっては、その代表者（法人でない団体で代表者又は管理人の定めのあるものにあっては、その代表者又は管理人。以下この条、第三十条第一項第一号及び第三十二条第一項第一号において同じ。）の氏名', { ja: '提供者の氏名・名称、住所、代表者', en: 'Provider name, address, representative' }, 'The name and address of the business making the provision and, for a corporation, the name of its representative (or, for an unincorporated association, its representative or administrator).'),
      item('appi-27-2', 2, '第三者への提供を利用目的とすること。', { ja: '第三者提供を利用目的とすること', en: 'Provision as a purpose of use' }, 'That provision to third parties is one of the purposes of use.'),
      item('appi-27-2', 3, '第三者に提供される個人データの項目', { ja: '提供される個人データの項目', en: 'Data items provided' }, 'The items of personal data provided to third parties.'),
      item('appi-27-2', 4, '第三者に提供される個人データの取得の方法', { ja: '個人データの取得の方法', en: 'How the data was acquired' }, 'How the personal data provided to third parties was acquired.'),
      item('appi-27-2', 5, '第三者への提供の方法', { ja: '提供の方法', en: 'Method of provision' }, 'How the data is provided to third parties.'),
      item('appi-27-2', 6, '本人の求めに応じて当該本人が識別される個人データの第三者への提供を停止すること。', { ja: '求めに応じて提供を停止すること', en: 'Stopping provision on request' }, 'That provision of data identifying the principal will stop at the principal\'s request.'),
      item('appi-27-2', 7, '本人の求めを受け付ける方法', { ja: '求めを受け付ける方法', en: 'How requests are received' }, 'How the principal\'s requests are received.'),
      item('appi-27-2', 8, 'その他個人の権利利益を保護するために必要なものとして個人情報保護委員会規則で定める事項', { ja: '規則で定める事項', en: 'Matters prescribed by PPC Rules' }, 'Other matters prescribed by PPC Rules as necessary to protect individual rights and interests (items 9 and 10).'),
      // PPC Rules (規則) Art. 11(4), as quoted in the PPC guideline 3-6-2-1.
      item('appi-27-2', 9, '第三者に提供される個人データの更新の方法', { ja: '個人データの更新の方法', en: 'How the data is updated' }, 'How the personal data provided to third parties is updated.'),
      item('appi-27-2', 10, '当該届出に係る個人データの第三者への提供を開始する予定日', { ja: '提供を開始する予定日', en: 'Planned start date' }, 'The date on which provision of the notified personal data is planned to start.'),
    ],
  },
  {
    id: 'appi-27-5',
    law: 'appi',
    title: { ja: '第三者に該当しない場合（第27条第5項）', en: 'Recipients who are not third parties (APPI Art. 27(5))' },
    article: { current: '第27条第5項', older: [{ label: '第23条第5項', inForce: G2 }, { label: '第23条第4項', inForce: G1 }] },
    chapeau: '次に掲げる場合において、当該個人データの提供を受ける者は、前各項の規定の適用については、第三者に該当しないものとする。',
    kind: 'exceptions',
    items: [
      item('appi-27-5', 1, '個人情報取扱事業者が利用目的の達成に必要な範囲内において個人データの取扱いの全部又は一部を委託することに伴って当該個人データが提供される場合', { ja: '委託', en: 'Entrustment' }, 'Where the data is provided because the business entrusts all or part of its handling to another party within the scope necessary to achieve the purpose of use.'),
      item('appi-27-5', 2, '合併その他の事由による事業の承継に伴って個人データが提供される場合', { ja: '事業の承継', en: 'Business succession' }, 'Where the data is provided because of a succession of business by merger or otherwise.'),
      item('appi-27-5', 3, '特定の者との間で共同して利用される個人データが当該特定の者に提供される場合であって、その旨並びに共同して利用される個人データの項目、共同して利用する者の範囲、利用する者の利用目的並びに当該個人データの管理について責任を有する者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名について、あらかじめ、本人に通知し、又は本人が容易に知り得る状態に置いているとき。', { ja: '共同利用', en: 'Joint use' }, 'Where data jointly used with specific parties is provided to them and the principal has been notified in advance, or can readily learn, of the joint use, the data items, the scope of joint users, their purposes of use and the name, address and (for a corporation) representative of the party responsible for managing the data.'),
    ],
  },
  {
    id: 'appi-27-5-3',
    law: 'appi',
    title: { ja: '共同利用に関する通知等事項（第27条第5項第3号）', en: 'Joint use: matters to notify or make readily accessible (APPI Art. 27(5)(iii))' },
    article: { current: '第27条第5項第3号', older: [{ label: '第23条第5項第3号', inForce: G2 }, { label: '第23条第4項第3号', inForce: G1 }] },
    kind: 'items',
    items: [
      // PPC guideline (通則編) 3-6-3 ①–⑤, circled numbers stripped; the statute itself lists these inside 27(5)(iii).
      item('appi-27-5-3', 1, '共同利用をする旨', { ja: '共同利用をする旨', en: 'Fact of joint use' }, 'That the data is used jointly.'),
      item('appi-27-5-3', 2, '共同して利用される個人データの項目', { ja: '共同利用する個人データの項目', en: 'Jointly used data items' }, 'The items of personal data used jointly.'),
      item('appi-27-5-3', 3, '共同して利用する者の範囲', { ja: '共同して利用する者の範囲', en: 'Scope of joint users' }, 'The scope of the parties using the data jointly.'),
      item('appi-27-5-3', 4, '利用する者の利用目的', { ja: '利用する者の利用目的', en: 'Joint users\' purposes' }, 'The purposes of use of the parties using the data.'),
      item('appi-27-5-3', 5, '当該個人データの管理について責任を有する者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名', { ja: '管理責任者の氏名・名称、住所、代表者', en: 'Responsible party details' }, 'The name and address of the party responsible for managing the data and, for a corporation, the name of its representative.'),
    ],
  },
  {
    id: 'appi-28-2',
    law: 'appi',
    title: { ja: '外国にある第三者への提供に係る情報提供事項（第28条第2項・規則第17条第2項）', en: 'Information to give before consent to provision abroad (APPI Art. 28(2); PPC Rules Art. 17(2))' },
    article: { current: '第28条第2項', older: [] },
    // PPC Rules Art. 17(2) chapeau (as quoted in the PPC guideline 3-6-4): the statute's 28(2) has no list.
    chapeau: '法第28条第2項又は法第31条第1項第2号の規定による情報の提供は、次に掲げる事項について行うものとする。',
    kind: 'items',
    items: [
      // PPC Rules (規則) Art. 17(2), as quoted in the PPC guideline 3-6-4.
      item('appi-28-2', 1, '当該外国の名称', { ja: '外国の名称', en: 'Name of the country' }, 'The name of the foreign country.'),
      item('appi-28-2', 2, '適切かつ合理的な方法により得られた当該外国における個人情報の保護に関する制度に関する情報', { ja: '外国の個人情報保護制度', en: 'The country\'s data protection system' }, 'Information, obtained by appropriate and reasonable means, on the personal information protection system of that country.'),
      item('appi-28-2', 3, '当該第三者が講ずる個人情報の保護のための措置に関する情報', { ja: '第三者が講ずる保護措置', en: 'Recipient\'s protective measures' }, 'Information on the measures the recipient takes to protect personal information.'),
    ],
  },
  {
    id: 'appi-32-1',
    law: 'appi',
    title: { ja: '保有個人データに関する事項の公表等（第32条第1項・政令第10条）', en: 'Matters about retained personal data to be made knowable (APPI Art. 32(1); Cabinet Order Art. 10)' },
    article: { current: '第32条第1項', older: [{ label: '第27条第1項', inForce: G2 }, { label: '第24条第1項', inForce: G1 }] },
    chapeau: '個人情報取扱事業者は、保有個人データに関し、次に掲げる事項について、本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む。）に置かなければならない。',
    kind: 'items',
    items: [
      item('appi-32-1', 1, '当該個人情報取扱事業者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名', { ja: '事業者の氏名・名称、住所、代表者', en: 'Business name, address, representative' }, 'The name and address of the business and, for a corporation, the name of its representative.'),
      item('appi-32-1', 2, '全ての保有個人データの利用目的（第二十一条第四項第一号から第三号までに該当する場合を除く。）', { ja: '全ての保有個人データの利用目的', en: 'Purposes of all retained data' }, 'The purposes of use of all retained personal data (except where Art. 21(4)(i)–(iii) applies).'),
      item('appi-32-1', 3, '次項の規定による求め又は次条第一項（同条第五項において準用する場合を含む。）、第三十四条第一項若しくは第三十五条第一項、第三項若しくは第五項の規定による請求に応じる手続（第三十八条第二項の規定により手数料の額を定めたときは、その手数料の額を含む。）', { ja: '開示等の請求に応じる手続・手数料', en: 'Request procedures and fees' }, 'The procedures for responding to requests for notice of purpose, disclosure, correction, suspension of use, erasure or stopping provision, including the fee amount if a fee is set.'),
      item('appi-32-1', 4, '前三号に掲げるもののほか、保有個人データの適正な取扱いの確保に関し必要な事項として政令で定めるもの', { ja: '政令で定める事項', en: 'Matters prescribed by Cabinet Order' }, 'Other matters prescribed by Cabinet Order (items 5 to 7).'),
      // Cabinet Order (政令) Art. 10, as quoted in the PPC guideline 3-8-1.
      item('appi-32-1', 5, '法第23条の規定により保有個人データの安全管理のために講じた措置（本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む。）に置くことにより当該保有個人データの安全管理に支障を及ぼすおそれがあるものを除く。）', { ja: '安全管理措置', en: 'Security control measures' }, 'The measures taken to keep retained personal data secure (except those whose disclosure would be likely to hinder security).'),
      item('appi-32-1', 6, '当該個人情報取扱事業者が行う保有個人データの取扱いに関する苦情の申出先', { ja: '苦情の申出先', en: 'Complaint contact' }, 'Where to make complaints about the handling of retained personal data.'),
      item('appi-32-1', 7, '当該個人情報取扱事業者が認定個人情報保護団体の対象事業者である場合にあっては、当該認定個人情報保護団体の名称及び苦情の解決の申出先', { ja: '認定個人情報保護団体', en: 'Accredited protection organisation' }, 'If the business is a member of an accredited personal information protection organisation, the name of that organisation and where to apply for complaint resolution.'),
    ],
  },
  {
    id: 'appi-33-2',
    law: 'appi',
    title: { ja: '開示をしないことができる場合（第33条第2項）', en: 'Grounds for refusing disclosure (APPI Art. 33(2))' },
    article: { current: '第33条第2項', older: [{ label: '第28条第2項', inForce: G2 }, { label: '第25条第1項', inForce: G1 }] },
    chapeau: '個人情報取扱事業者は、前項の規定による請求を受けたときは、本人に対し、同項の規定により当該本人が請求した方法（当該方法による開示に多額の費用を要する場合その他の当該方法による開示が困難である場合にあっては、書面の交付による方法）により、遅滞なく、当該保有個人データを開示しなければならない。ただし、開示することにより次の各号のいずれかに該当する場合は、その全部又は一部を開示しないことができる。',
    kind: 'exceptions',
    items: [
      item('appi-33-2', 1, '本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合', { ja: '本人・第三者の権利利益を害するおそれ', en: 'Harm to the principal or others' }, 'Where disclosure would be likely to harm the life, body, property or other rights and interests of the principal or a third party.'),
      item('appi-33-2', 2, '当該個人情報取扱事業者の業務の適正な実施に著しい支障を及ぼすおそれがある場合', { ja: '業務の適正な実施に著しい支障', en: 'Serious interference with operations' }, 'Where disclosure would be likely to seriously interfere with the proper conduct of the business\'s operations.'),
      item('appi-33-2', 3, '他の法令に違反することとなる場合', { ja: '他の法令違反', en: 'Violation of other laws' }, 'Where disclosure would violate other laws and regulations.'),
    ],
  },
];
