// Lints the Firefox build offline with Mozilla's addons-linter (through web-ext) and fails on any error.
import { execFileSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv2';
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  out = error.stdout;
}
const report = JSON.parse(out.slice(out.indexOf('{')));
const { errors, warnings, notices } = report.summary;
for (const item of [...report.errors, ...report.warnings]) {
  console.log(`${item._type}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
