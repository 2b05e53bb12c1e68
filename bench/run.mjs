// Benchmark: the engine against a remark-only parse of the same text (the budget's yardstick) and
// markdownlint as a peer, on generated Japanese and English policies of 5 KB to 5 MB; then the real
// server's memory and start-up. Prints a table and writes bench/results/latest.json.
//
//   node bench/run.mjs            full run (about 5 minutes on 2 cores)
//   node bench/run.mjs --quick    5 KB and 50 KB only, fewer repetitions
//
// Expects dist/server.js to be built (npm run build); bundles bench/engine.ts itself.
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { measureOpenDocument, measureStart } from './server.mjs';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const KB = 1000;
const micromarkVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'micromark', 'package.json'), 'utf8')).version;

/** Repetitions per size; the 5 MB runs are single and skip the slow peers (see `skip`). */
const plans = [
  { label: '5 KB', bytes: 5 * KB, runs: 20, edits: 30, langs: ['ja', 'en'] },
  { label: '50 KB', bytes: 50 * KB, runs: 9, edits: 20, langs: ['ja', 'en'] },
  { label: '500 KB', bytes: 500 * KB, runs: 3, edits: 10, langs: ['ja', 'en'] },
  { label: '5 MB', bytes: 5000 * KB, runs: 1, edits: 3, langs: ['ja'], skipPeers: true },
].filter((plan) => !quick || plan.bytes <= 50 * KB);

async function bundleEngine() {
  const outfile = join(root, 'out', 'bench', 'engine.js');
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'engine.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

/** The preview renderer, once server/src/language/features/render exists (another issue). */
async function bundleRender() {
  const base = join(root, 'server', 'src', 'language', 'features', 'render');
  if (!existsSync(`${base}.ts`) && !existsSync(join(base, 'index.ts'))) return undefined;
  const outfile = join(root, 'out', 'bench', 'render.js');
  try {
    await esbuild.build({
      stdin: { contents: `export * from ${JSON.stringify(base)};`, resolveDir: root, loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
    });
    const module = createRequire(import.meta.url)(outfile);
    // renderPolicy(document) is the renderer's entry point; anything else named render… is a guess.
    const name = typeof module.renderPolicy === 'function' ? 'renderPolicy' : Object.keys(module).find((key) => /^render/i.test(key) && typeof module[key] === 'function');
    return name ? { name, render: module[name] } : undefined;
  } catch {
    return undefined;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function markdownlintMs(text, runs) {
  const once = () => lint({ strings: { policy: text }, config: { default: true } });
  if (runs > 1) once();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    once();
    times.push(performance.now() - start);
  }
  return median(times);
}

function renderAfterEdit(engine, renderer, text, language) {
  if (!renderer) return undefined;
  try {
    const service = engine.createService();
    const settings = { messageLanguage: 'en', profile: 'auto' };
    // The preview showed the version before the edit; each timed version types one more character
    // in the same paragraph, so every run renders the edited block again.
    renderer.render(service.getDocument({ uri: 'file:///render.policy.md', version: 1, getText: () => text }, settings));
    const at = engine.editOffset(text, 'paragraph');
    const typed = language === 'ja' ? 'の' : 'e';
    const times = [];
    const renderTimes = [];
    for (let i = 0; i < 7; i++) {
      const edited = text.slice(0, at) + typed.repeat(i + 1) + text.slice(at);
      const start = performance.now();
      const document = service.getDocument({ uri: 'file:///render.policy.md', version: 2 + i, getText: () => edited }, settings);
      const built = performance.now();
      renderer.render(document);
      times.push(performance.now() - start);
      renderTimes.push(performance.now() - built);
    }
    // The budget's figure is the whole step (the new model, then its HTML); the render alone is kept too.
    return { total: median(times), render: median(renderTimes) };
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const fmt = (ms) => (typeof ms !== 'number' ? (ms ?? 'n/a') : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4));
const ratio = (ms, base) => (typeof ms === 'number' && typeof base === 'number' && base > 0 ? `${(ms / base).toFixed(3)}×` : '');
const cellOf = (ms, base) => `${fmt(ms)}${ratio(ms, base) ? ` (${ratio(ms, base)})` : ''}`;

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const began = performance.now();
  const engine = await bundleEngine();
  const renderer = await bundleRender();
  if (!existsSync(join(root, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run "npm run build" first.');
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; micromark ${micromarkVersion}`);
  // Warm the JIT on a mid-sized document so that the first measured size is not charged for compilation.
  engine.measureEngine('ja', 20 * KB, { runs: 3, edits: 5, baseline: true });
  engine.measureEngine('en', 20 * KB, { runs: 3, edits: 5, baseline: true });

  const results = [];
  for (const plan of plans) {
    for (const language of plan.langs) {
      const text = engine.generatePolicy(language, plan.bytes);
      process.stderr.write(`measuring ${language} ${plan.label}…\n`);
      const baselineRuns = plan.skipPeers ? 1 : plan.runs;
      const figures = engine.measureEngine(language, plan.bytes, { runs: plan.runs, edits: plan.edits, baseline: true, baselineRuns });
      const markdownlint = plan.skipPeers ? undefined : markdownlintMs(text, Math.max(1, Math.min(plan.runs, 5)));
      const render = renderer ? renderAfterEdit(engine, renderer, text, language) : undefined;
      results.push({ language, size: plan.label, ...figures, markdownlintMs: markdownlint, renderAfterEditMs: render?.total ?? render, renderOnlyMs: render?.render });
    }
  }

  process.stderr.write('measuring the server…\n');
  const start = await measureStart(5);
  const server = [];
  for (const plan of plans) {
    const text = engine.generatePolicy('ja', plan.bytes);
    server.push({ language: 'ja', size: plan.label, ...(await measureOpenDocument(text, `bench-${plan.bytes}.policy.md`, 180_000)) });
  }

  console.log('\nEngine (milliseconds, median; ratio to the remark-only parse of the same text)\n');
  printTable(
    ['doc', 'bytes', 'remark parse', 'markdownlint', 'full cold', 'edit: paragraph', 'edit: list item', 'edit: table cell', 'edit: heading', 'completion p50 / p95', 'hover p50 / p95', 'render after edit'],
    results.map((r) => [
      `${r.language} ${r.size}`,
      r.bytes,
      fmt(r.baselineMs),
      plan5mbNote(r, cellOf(r.markdownlintMs, r.baselineMs)),
      cellOf(r.fullColdMs, r.baselineMs),
      cellOf(r.editMs.paragraph, r.baselineMs),
      cellOf(r.editMs['list item'], r.baselineMs),
      cellOf(r.editMs['table cell'], r.baselineMs),
      cellOf(r.editMs.heading, r.baselineMs),
      `${cellOf(r.completion.p50, r.baselineMs)} / ${fmt(r.completion.p95)}`,
      `${cellOf(r.hover.p50, r.baselineMs)} / ${fmt(r.hover.p95)}`,
      renderer ? `${cellOf(r.renderAfterEditMs, r.baselineMs)}${typeof r.renderOnlyMs === 'number' ? `; HTML ${fmt(r.renderOnlyMs)}` : ''}` : 'n/a',
    ]),
  );
  console.log('\n  Completion and hover: at the end of a list item mid-document, on a version already analysed.');
  console.log('  Budget: full cold ≤ 1.3×, edit ≤ 0.15× at 50 KB and ≤ 0.05× at 500 KB, completion p95 ≤ 0.05× at 50 KB,');
  console.log('  render after edit (new model + HTML; "HTML" is the render step alone) ≤ 0.5× at 50 KB.');
  console.log('  5 MB: one run each; markdownlint skipped there (about half a minute per run).');

  console.log(`\nServer (node dist/server.js --stdio; ${(start.bundleBytes / 1024).toFixed(0)} KiB bundle; spawn → initialize result ${fmt(start.startMs)} ms)\n`);
  printTable(
    ['doc', 'open → diagnostics ms', 'longest unanswered ping ms', 'findings', 'VmRSS MB', 'VmHWM MB', 'heap used MB', 'heap total max MB'],
    server.map((s) => [`${s.language} ${s.size}`, fmt(s.diagnosticsMs ?? s.error), fmt(s.pingMaxMs), s.diagnostics, fmt(s.rssMB), fmt(s.hwmMB), fmt(s.heapUsedMB), fmt(s.heapTotalMaxMB)]),
  );

  const out = { date: new Date().toISOString(), node: process.version, cores: cpus().length, loadavg: loadavg(), micromark: micromarkVersion, seconds: (performance.now() - began) / 1000, engine: results, server: { ...start, documents: server } };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${out.seconds.toFixed(0)} s).`);
}

function plan5mbNote(result, cell) {
  return result.markdownlintMs === undefined ? 'skipped' : cell;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
