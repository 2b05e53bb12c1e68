import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { repoRoot } from './helpers';

/** VS Code's Markdown grammar and the grammars it embeds come from the tm-grammars package, never from a copy here. */
const fromPackage = createRequire(join(repoRoot, 'package.json'));
const grammarFiles: Record<string, string> = {
  'text.html.markdown.policy': join(repoRoot, 'syntaxes', 'policy-markdown.tmLanguage.json'),
  'text.html.markdown': fromPackage.resolve('tm-grammars/grammars/markdown.json'),
  'source.yaml': fromPackage.resolve('tm-grammars/grammars/yaml.json'),
  'text.html.derivative': fromPackage.resolve('tm-grammars/grammars/html-derivative.json'),
  'text.html.basic': fromPackage.resolve('tm-grammars/grammars/html.json'),
};

let grammar: Promise<IGrammar> | undefined;

export function policyGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(fromPackage.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const file = grammarFiles[scopeName];
        return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
    });
    const loaded = await registry.loadGrammar('text.html.markdown.policy');
    if (!loaded) throw new Error('the Policy Markdown grammar did not load');
    return loaded;
  })();
  return grammar;
}

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

/** Tokens of every line, the way VS Code tokenises a document: each line continues from the state the previous one left. */
export async function tokenize(text: string): Promise<Token[][]> {
  const loaded = await policyGrammar();
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const result = loaded.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}
