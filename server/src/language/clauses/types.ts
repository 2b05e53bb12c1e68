/** A string in both message languages. */
export type LocalizedText = { ja: string; en: string };

/** One numbered item of a statutory list (an exception or a matter to be stated). */
export interface ClauseItem {
  /** Stable id: the set id, '-', and the item number, e.g. 'appi-27-1-1'. */
  id: string;
  /** 1-based item number within the set. */
  number: number;
  /** Exact statutory text (Japanese law) or exact GDPR English text. */
  statute: string;
  /** A short label for completion lists. */
  short: LocalizedText;
  /** English rendering; for APPI an unofficial plain rendering. */
  english: string;
  /** True only for items that apply only where the business itself is a 学術研究機関等. */
  academic: boolean;
  /** A user set's item marked `core: false`: offered, never reported missing. */
  optional?: boolean;
  /** A user set's item: the organisation's own wording, inserted and rendered exactly as written. */
  verbatim?: boolean;
}

export interface ClauseSet {
  id: string;
  /** 'user': a set from `.policymd.json`, whose text is the organisation's own and is never reworded. */
  law: 'appi' | 'gdpr' | 'user';
  title: LocalizedText;
  /** Current citation and the citations the same list had in earlier numbering generations. */
  article: { current: string; older: { label: string; inForce: string }[] };
  /** Exact statutory chapeau where the brief gives it. */
  chapeau?: string;
  /** 'exceptions': cases where an obligation does not apply; 'items': matters a policy must state. */
  kind: 'exceptions' | 'items';
  items: ClauseItem[];
  /** User sets: phrases of the sentence that introduces the list (plain text, matched after NFKC). */
  introduction?: readonly string[];
  /** User sets: the profiles the set applies to; every profile when absent. */
  profiles?: readonly string[];
}
