// Runs the bundled browser end-to-end tests with mocha and records their counts in
// out/test-results/<name>.json, the file test/summary.mjs adds to CI's closing line.
// Like test/runMocha.mjs, but for given files, with the e2e timeout, and with a hard
// exit at the end: a browser or code-server handle leaked by a scenario must not keep
// CI waiting until its time limit.
//
// Usage: node scripts/e2e/mocha.mjs <results name|-> <test.js>... [--grep pattern]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const [name, ...rest] = process.argv.slice(2);
const grepAt = rest.indexOf('--grep');
const grep = grepAt >= 0 ? rest[grepAt + 1] : undefined;
const files = rest.filter((_, index) => grepAt < 0 || (index !== grepAt && index !== grepAt + 1));
if (!name || files.length === 0) {
  console.error('usage: node scripts/e2e/mocha.mjs <results name|-> <test.js>... [--grep pattern]');
  process.exit(2);
}

const mocha = new Mocha({ ui: 'tdd', timeout: Number(process.env.MOCHA_TIMEOUT ?? 240000), reporter: 'spec', grep });
files.sort().forEach((file) => mocha.addFile(file));
const runner = mocha.run((failures) => {
  const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
  if (name !== '-') {
    mkdirSync(join('out', 'test-results'), { recursive: true });
    writeFileSync(join('out', 'test-results', `${name}.json`), JSON.stringify({ suite: name, passed: stats.passes, failed: stats.failures, pending: stats.pending }));
  }
  if (stats.pending > 0) console.error(`${stats.pending} pending test(s) in ${name}: pending tests are not allowed.`);
  process.exit(failures > 0 || stats.pending > 0 ? 1 : 0);
});
