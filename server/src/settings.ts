import type { Connection } from 'vscode-languageserver/node';
import { profileIds, type ProfileId } from './language/model/types';
import { severities, type MessageLanguage, type Severity } from './language/rules/types';

/** The `policyMarkdown.*` settings of one resource, validated field by field. */
export interface EditorSettings {
  readonly profile: ProfileId | 'auto';
  readonly messageLanguage: MessageLanguage | 'auto';
  readonly rules: Readonly<Record<string, Severity>>;
  /** UTF-8 bytes above which only cheap rules run; undefined leaves the engine's default. */
  readonly maxFullAnalysisSize?: number;
}

export const defaultEditorSettings: EditorSettings = { profile: 'auto', messageLanguage: 'auto', rules: {} };

export function readEditorSettings(raw: unknown): EditorSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, Severity> = Object.create(null);
  if (typeof value.rules === 'object' && value.rules !== null) {
    for (const [id, severity] of Object.entries(value.rules as Record<string, unknown>)) {
      if (id !== '__proto__' && typeof severity === 'string' && (severities as readonly string[]).includes(severity)) rules[id] = severity as Severity;
    }
  }
  return {
    profile: typeof value.profile === 'string' && (profileIds as readonly string[]).includes(value.profile) ? (value.profile as ProfileId) : 'auto',
    messageLanguage: value.messageLanguage === 'ja' || value.messageLanguage === 'en' ? value.messageLanguage : 'auto',
    rules,
    maxFullAnalysisSize:
      typeof value.maxFullAnalysisSize === 'number' && Number.isFinite(value.maxFullAnalysisSize) && value.maxFullAnalysisSize >= 0
        ? value.maxFullAnalysisSize
        : undefined,
  };
}

/** Settings per resource, fetched once and cached until the configuration changes or the document closes. */
export class SettingsCache {
  readonly #connection: Connection;
  readonly #supported: boolean;
  readonly #entries = new Map<string, Promise<EditorSettings>>();

  constructor(connection: Connection, supported: boolean) {
    this.#connection = connection;
    this.#supported = supported;
  }

  get(uri: string): Promise<EditorSettings> {
    if (!this.#supported) return Promise.resolve(defaultEditorSettings);
    let entry = this.#entries.get(uri);
    if (!entry) {
      entry = this.#connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'policyMarkdown' })
        .then(readEditorSettings, () => defaultEditorSettings);
      this.#entries.set(uri, entry);
    }
    return entry;
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }

  clear(): void {
    this.#entries.clear();
  }
}
