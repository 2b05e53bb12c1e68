import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../unit/cli/sarifSchema';
import { ZipFile } from './zip';

const root = findRepoRoot();

/**
 * Builds the .vsix as a release would (`npm run package`, which runs the production build first),
 * unless POLICYMD_VSIX names one already built.
 */
function packageExtension(): string {
  if (process.env.POLICYMD_VSIX) return process.env.POLICYMD_VSIX;
  execFileSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 });
  return join(root, 'dist', 'policy-markdown.vsix');
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(root.length + 1).split('\\').join('/'));
}

interface Manifest {
  main?: string;
  icon?: string;
  l10n?: string;
  contributes?: {
    grammars?: { path: string }[];
    snippets?: { path: string }[];
    languages?: { configuration?: string }[];
  };
}

suite('the packaged extension (.vsix)', function () {
  this.timeout(600000);
  let zip: ZipFile;
  let names: Set<string>;
  let manifest: Manifest;
  const has = (path: string) => names.has(`extension/${path.replace(/^\.\//, '')}`);

  suiteSetup(() => {
    const vsix = packageExtension();
    zip = new ZipFile(vsix);
    names = new Set(zip.names);
    manifest = JSON.parse(zip.read('extension/package.json').toString('utf8')) as Manifest;
    console.log(`    ${vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KiB, ${zip.entries.length} entries`);
  });

  test('holds the three bundles, and every file the manifest points at', () => {
    for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) assert.ok(has(bundle), bundle);
    assert.ok(manifest.main && has(manifest.main), `main: ${manifest.main}`);
    const referenced = [
      ...(manifest.contributes?.grammars ?? []).map((grammar) => grammar.path),
      ...(manifest.contributes?.snippets ?? []).map((snippet) => snippet.path),
      ...(manifest.contributes?.languages ?? []).flatMap((language) => (language.configuration ? [language.configuration] : [])),
    ];
    assert.ok(referenced.some((path) => path.includes('syntaxes/')), 'the manifest contributes the grammar');
    for (const path of referenced) assert.ok(has(path), `${path} is referenced by the manifest but not packaged`);
  });

  test('holds the grammar, every snippet and l10n file, and both nls files', () => {
    for (const file of [...filesUnder(join(root, 'syntaxes')), ...filesUnder(join(root, 'snippets')), ...filesUnder(join(root, 'l10n'))]) assert.ok(has(file), file);
    for (const nls of ['package.nls.json', 'package.nls.ja.json']) assert.ok(has(nls), nls);
    if (manifest.l10n) assert.ok([...names].some((name) => name.startsWith(`extension/${manifest.l10n?.replace(/^\.\//, '')}`)), 'l10n folder');
    assert.ok(has('l10n/bundle.l10n.ja.json'), 'the Japanese l10n bundle');
    assert.ok(has('schemas/policymd.schema.json'), 'the .policymd.json schema that jsonValidation points at');
  });

  test('holds the README, the LICENSE and a 128×128 PNG icon named in the manifest', () => {
    assert.ok([...names].some((name) => /^extension\/readme\.md$/i.test(name)), 'README');
    assert.ok([...names].some((name) => /^extension\/license(\.txt|\.md)?$/i.test(name)), 'LICENSE');
    assert.ok(manifest.icon, 'package.json needs "icon": "icon.png"');
    assert.ok(has(manifest.icon), `icon ${manifest.icon}`);
    const png = zip.read(`extension/${manifest.icon}`);
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('holds no node_modules, sources, source maps, tests or fixtures', () => {
    const forbidden = [/\/node_modules\//, /\.ts$/, /\.map$/, /^extension\/(test|out|server|client|scripts|bench|examples|test-output)\//, /fixtures/, /\.vsix$/, /tsconfig|eslint|esbuild\.mjs/, /^extension\/\.(git|vscode)/];
    const bad = [...names].filter((name) => forbidden.some((pattern) => pattern.test(name)));
    assert.deepEqual(bad, []);
  });

  test('bundles do not point at source maps that are not shipped', () => {
    for (const bundle of ['dist/client.js', 'dist/server.js']) {
      const tail = zip.read(`extension/${bundle}`).toString('utf8').slice(-300);
      const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tail);
      if (map) assert.ok(has(`dist/${map[1]}`), `${bundle} names ${map[1]}, which is not packaged`);
    }
  });

  test('stays small', () => {
    const total = zip.bytes.length;
    assert.ok(total < 5 * 1024 * 1024, `${total} bytes`);
  });
});
