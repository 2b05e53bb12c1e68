import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-types';
import { selectFiles } from './cli/files';
import type { TextDocumentLike } from './language';

/** Workspace symbols read files nobody opened; a huge one is left out rather than parsed on a keystroke. */
const maxFileBytes = 2 * 1024 * 1024;
/** The symbol picker asks on every keystroke; the folder walk is reused for this long. */
const listLifetimeMs = 3000;

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The policy files of the workspace folders — `*.policy.md` and `.md` files with `policy:` front
 * matter, chosen as the CLI chooses them (node_modules, hidden folders and .gitignore skipped) —
 * with each closed file's symbols kept until the file changes on disk.
 */
export class WorkspaceIndex {
  #folders: string[] = [];
  #list: { readonly at: number; readonly files: readonly string[] } | undefined;
  readonly #symbols = new Map<string, { readonly stamp: string; readonly symbols: readonly WorkspaceSymbol[] }>();

  setFolders(uris: readonly string[]): void {
    const folders = [...new Set(uris.map(pathOf).filter((path): path is string => path !== undefined))];
    if (folders.length === this.#folders.length && folders.every((folder, index) => folder === this.#folders[index])) return;
    this.#folders = folders;
    this.#list = undefined;
  }

  /** Forgets the folder walk, e.g. after files were created or deleted. */
  invalidate(): void {
    this.#list = undefined;
  }

  /** Absolute paths of the policy files in every workspace folder. */
  files(): readonly string[] {
    if (this.#list && Date.now() - this.#list.at < listLifetimeMs) return this.#list.files;
    const found = new Set<string>();
    for (const folder of this.#folders) selectFiles([folder], folder).files.forEach((file) => found.add(file));
    this.#list = { at: Date.now(), files: [...found] };
    return this.#list.files;
  }

  /**
   * The symbols of every policy in the workspace. Open documents speak for themselves (their text
   * may be ahead of the disk); closed files are read, handed to `compute` once, and kept by mtime.
   */
  async symbols(
    open: readonly TextDocumentLike[],
    compute: (document: TextDocumentLike, isOpen: boolean) => Promise<readonly WorkspaceSymbol[]>,
    isCancelled: () => boolean = () => false,
  ): Promise<WorkspaceSymbol[]> {
    const result: WorkspaceSymbol[] = [];
    const openUris = new Set(open.map((document) => document.uri));
    for (const document of open) result.push(...(await compute(document, true)));
    const files = this.files();
    const present = new Set(files);
    for (const cached of this.#symbols.keys()) if (!present.has(cached)) this.#symbols.delete(cached);
    for (const path of files) {
      if (isCancelled()) break;
      const uri = pathToFileURL(path).href;
      if (openUris.has(uri)) continue;
      let stamp: string;
      try {
        const stats = statSync(path);
        if (stats.size > maxFileBytes) continue;
        stamp = `${stats.mtimeMs}:${stats.size}`;
      } catch {
        continue;
      }
      const cached = this.#symbols.get(path);
      if (cached?.stamp === stamp) {
        result.push(...cached.symbols);
        continue;
      }
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        continue;
      }
      const symbols = await compute({ uri, version: -1, getText: () => text }, false);
      this.#symbols.set(path, { stamp, symbols });
      result.push(...symbols);
    }
    return result;
  }
}
