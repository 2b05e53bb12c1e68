// Bundles the extension client, the language server and the CLI, and (with --tests) the test suites.
// Everything is bundled so that the packaged extension ships no node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...findTests(full));
    else if (name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

const builds = tests
  ? [{
      ...common,
      entryPoints: findTests('test').map((file) => ({ in: file, out: relative('test', file).replace(/\.ts$/, '') })),
      outdir: 'out/test',
      external: ['mocha', 'playwright-core', 'vscode'],
      sourcemap: 'inline',
    }]
  : [
      { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
      { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
      { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
      // The preview's script runs inside the webview, a browser page under a strict CSP.
      { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'dist/preview.js' },
    ];

/** Prints the markers VS Code's $esbuild-watch problem matcher waits for. */
const watchReporter = {
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, plugins: [watchReporter] })));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
