// The main job on the bundled examples: build, package the extension, check the example policies
// with the CLI and render them to standalone HTML pages.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

function run(title, command, args) {
  console.log(`\n== ${title}: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run('Build the extension, server and CLI', npm, ['run', 'build']);
run('Package the extension', npm, ['run', 'package']);
console.log(`dist/policy-markdown.vsix: ${(statSync('dist/policy-markdown.vsix').size / 1024).toFixed(0)} KiB`);
// The packaging step minifies dist/; rebuild the readable bundles the CLI runs from.
run('Check the example policies', process.execPath, ['dist/cli.js', 'check', 'examples/']);
run('Render the example policies', process.execPath, ['scripts/demo-render.mjs']);
console.log('\nDone: the .vsix is in dist/, the rendered pages are in test-output/html/.');
