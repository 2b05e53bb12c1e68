import type { Root, RootContent } from 'mdast';
import type { LineIndex, Span } from '../text/positions';
import type { TextSegment } from './text';

export type DocumentLanguage = 'ja' | 'en';
export type ProfileId = 'jp-appi' | 'jp-pmark' | 'eu-gdpr' | 'none';
export const profileIds: readonly ProfileId[] = ['jp-appi', 'jp-pmark', 'eu-gdpr', 'none'];

/** Where a document-level setting came from, so diagnostics can say what to change. */
export type SettingSource = 'front-matter' | 'settings' | 'config' | 'detected' | 'default';

export interface FrontMatterEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** The value node's span; equals keySpan's end when the value is missing. */
  readonly valueSpan: Span;
  readonly value: unknown;
}

export interface FrontMatter {
  /** From the opening fence to the end of the closing fence. */
  readonly span: Span;
  /** The YAML text between the fences. */
  readonly contentSpan: Span;
  /** False when the opening fence has no closing fence; the block is then not parsed as front matter. */
  readonly closed: boolean;
  /** The top-level mapping, or undefined when the YAML is not a mapping. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly entries: readonly FrontMatterEntry[];
  readonly errors: readonly { readonly message: string; readonly span: Span }[];
}

/**
 * How a number is written before an item or heading.
 * The value is the number itself; `text` is the prefix as written (e.g. "（3）").
 */
export type NumberingStyle =
  | 'arabic-dot' // 1.  １．
  | 'arabic-paren' // 1)  １）
  | 'arabic-space' // 1　 (a number, then an ideographic space)
  | 'paren-arabic' // (1)
  | 'fullwidth-paren-arabic' // （1） （１）
  | 'bracket-arabic' // [1] 【1】
  | 'circled' // ①
  | 'kanji' // 一、 一．
  | 'paren-kanji' // （一） (一)
  | 'article' // 第1条 第一条
  | 'chapter' // 第1章
  | 'alpha-dot' // a. A.
  | 'alpha-paren' // a) A)
  | 'paren-alpha' // (a) （a）
  | 'roman-dot' // i. I.
  | 'paren-roman' // (i) (iv)
  | 'katakana' // ア． (ア) イ
  | 'iroha' // イ． ロ．
  | 'outline'; // 1.2 1.2.3 (value = last component)

export interface Numbering {
  readonly style: NumberingStyle;
  readonly value: number;
  /** The prefix as written, without trailing whitespace. */
  readonly text: string;
  readonly span: Span;
  /** For 'outline' numbering, the leading components (1.2.3 → [1, 2]). */
  readonly parents?: readonly number[];
}

/** Section kinds recognised from headings; ids are stable and used in config and messages. */
export type SectionKind =
  | 'organization'
  | 'collected-data'
  | 'purposes'
  | 'purpose-change'
  | 'purpose-limitation'
  | 'third-party'
  | 'opt-out'
  | 'foreign-transfer'
  | 'outsourcing'
  | 'joint-use'
  | 'succession'
  | 'security'
  | 'disclosure'
  | 'fees'
  | 'contact'
  | 'certified-organization'
  | 'sensitive-data'
  | 'retention'
  | 'cookies'
  | 'breach'
  | 'pseudonymized'
  | 'changes'
  | 'dates'
  | 'compliance'
  | 'legal-basis'
  | 'rights'
  | 'complaint'
  | 'children'
  | 'do-not-track'
  | 'dpo'
  | 'automated-decisions'
  | 'data-source'
  | 'introduction';

export interface Section {
  readonly index: number;
  readonly level: number;
  /** The heading text without numbering, attributes and surrounding brackets. */
  readonly title: string;
  /** The whole heading line (for real headings) or the pseudo-heading block. */
  readonly headingSpan: Span;
  /** Where the title text sits (after `#`s and numbering). */
  readonly titleSpan: Span;
  /** From the heading to the next heading of the same or a higher level. */
  readonly span: Span;
  readonly numbering?: Numbering;
  /** The recognised kinds, most specific first; empty when unrecognised. */
  readonly kinds: readonly SectionKind[];
  readonly kindSource?: 'attribute' | 'title';
  /** An explicit `{#id}` attribute at the end of the heading. */
  readonly explicitId?: string;
  /** True for a numbered paragraph or one-item list standing in for a heading (DESIGN §2). */
  readonly pseudo: boolean;
  /** For pseudo-headings: the level a real heading at this place should have. */
  readonly suggestedLevel: number;
  readonly parent?: number;
}

export interface ListItemInfo {
  readonly span: Span;
  /** The list marker as written ("-", "1.", "2)"). */
  readonly marker: string;
  readonly markerSpan: Span;
  /** The item's own text (first paragraph), without the marker. */
  readonly text: string;
  readonly textSpan: Span;
  /** Numbering written inside the item text, e.g. "- (1) …" or "1. ① …". */
  readonly innerNumbering?: Numbering;
  /** Lists nested directly in this item. */
  readonly childLists: readonly number[];
}

export interface ListInfo {
  readonly index: number;
  readonly span: Span;
  readonly ordered: boolean;
  readonly start?: number;
  /** 0 for a top-level list. */
  readonly depth: number;
  readonly parentList?: number;
  readonly items: readonly ListItemInfo[];
  /** The paragraph right before the list (its introducing sentence), if any. */
  readonly intro?: { readonly text: string; readonly span: Span };
  readonly section?: number;
}

/** A sequence of numbered things meant to count 1, 2, 3…: list items or numbered paragraphs. */
export interface NumberedRun {
  readonly source: 'list' | 'list-inner' | 'paragraphs' | 'headings';
  readonly style: NumberingStyle;
  readonly items: readonly Numbering[];
}

export type ColumnRole = 'recipient' | 'data' | 'purpose' | 'method' | 'country';

export interface TableCellInfo {
  readonly text: string;
  readonly span: Span;
  /** Cell content split on 、 , ， ／ and および, outside brackets. */
  readonly items: readonly { readonly text: string; readonly span: Span }[];
}

export interface TableRowInfo {
  readonly span: Span;
  readonly cells: readonly TableCellInfo[];
}

export interface TableInfo {
  readonly index: number;
  readonly kind: 'gfm' | 'pseudo-tab' | 'pseudo-space';
  readonly span: Span;
  readonly header?: TableRowInfo;
  readonly rows: readonly TableRowInfo[];
  readonly columnCount: number;
  readonly roles: readonly (ColumnRole | undefined)[];
  readonly rolesFrom: 'header' | 'content' | 'none';
  readonly section?: number;
}

export interface DefinedTerm {
  readonly term: string;
  readonly span: Span;
  /** The whole defining phrase, e.g. 以下「当社」という. */
  readonly definitionSpan: Span;
  /** What the term stands for, when written right before the definition (株式会社ワッツ). */
  readonly referent?: { readonly text: string; readonly span: Span };
}

export type DateLabel = 'established' | 'revised' | 'effective' | 'updated';

export interface DateMention {
  readonly text: string;
  readonly span: Span;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** False for dates that do not exist, such as 2月30日. */
  readonly valid: boolean;
  readonly label?: DateLabel;
}

export type ContactKind = 'postal-code' | 'phone' | 'fax' | 'email' | 'url';

export interface ContactDetail {
  readonly kind: ContactKind;
  readonly value: string;
  readonly span: Span;
}

export interface SuppressionComment {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  readonly ruleIds: readonly string[];
  readonly span: Span;
  readonly line: number;
}

/**
 * Everything the engine knows about one version of a document.
 * Built once per version from one parse; rules and features only read it.
 * Once a newer version of the same document is built, an older model's mdast positions may have moved.
 */
export interface PolicyDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
  readonly root: Root;
  /** Top-level blocks, in order (front matter included). */
  readonly blocks: readonly RootContent[];
  readonly frontMatter?: FrontMatter;
  readonly language: DocumentLanguage;
  readonly languageSource: SettingSource;
  readonly profile: ProfileId;
  readonly profileSource: SettingSource;
  readonly sections: readonly Section[];
  readonly lists: readonly ListInfo[];
  readonly numberedRuns: readonly NumberedRun[];
  readonly tables: readonly TableInfo[];
  readonly terms: readonly DefinedTerm[];
  readonly dates: readonly DateMention[];
  readonly contacts: readonly ContactDetail[];
  readonly organization?: { readonly name: string; readonly span?: Span; readonly source: 'front-matter' | 'text' };
  readonly suppressions: readonly SuppressionComment[];
  /** Every prose text node (outside code, HTML and front matter) with its offsets, in document order. */
  readonly segments: readonly TextSegment[];
}
