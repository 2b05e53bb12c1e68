import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateConfig, type ConfigProblem, type PolicyConfig } from './language/config';

export const configFileName = '.policymd.json';

export interface LoadedConfig {
  readonly path?: string;
  readonly config: PolicyConfig;
  readonly problems: readonly ConfigProblem[];
  /** Set when the file could not be read or is not JSON. */
  readonly error?: string;
}

/** The nearest `.policymd.json` at or above `directory`, if any. */
export function findConfigFile(directory: string): string | undefined {
  let current = directory;
  for (let depth = 0; depth < 64; depth++) {
    const candidate = join(current, configFileName);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; look one level up.
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

const maxConfigBytes = 1024 * 1024;

export function loadConfigFile(path: string): LoadedConfig {
  try {
    if (statSync(path).size > maxConfigBytes) return { path, config: {}, problems: [], error: `${path} is larger than 1 MB.` };
    const text = readFileSync(path, 'utf8');
    const raw: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const { config, problems } = validateConfig(raw);
    return { path, config, problems };
  } catch (error) {
    return { path, config: {}, problems: [], error: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Config files cached by path and modification time, so that editing `.policymd.json` takes
 * effect at the next check without re-reading it on every keystroke.
 */
export class ConfigCache {
  readonly #entries = new Map<string, { mtimeMs: number; loaded: LoadedConfig }>();

  forDirectory(directory: string): LoadedConfig {
    const path = findConfigFile(directory);
    if (!path) return { config: {}, problems: [] };
    let mtimeMs = -1;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      // Deleted between find and stat; load reports it.
    }
    const cached = this.#entries.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    const loaded = loadConfigFile(path);
    this.#entries.set(path, { mtimeMs, loaded });
    return loaded;
  }

  clear(): void {
    this.#entries.clear();
  }
}
