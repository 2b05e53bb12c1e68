import type { MessageLanguage } from '../../language/rules/types';

/** What a formatter needs besides the results. */
export interface FormatContext {
  /** Paths are shown relative to this directory when they are inside it. */
  readonly cwd: string;
  readonly color: boolean;
  /** The language of rule descriptions (findings carry their own). */
  readonly language: MessageLanguage;
  readonly toolVersion: string;
}
