#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure:
//   lint, the Electron security lint, typecheck, unit + integration (vitest), build the host, end-to-end (Playwright in
//   Debian's Chromium). Installs Chromium first when it is missing and we may (root on Debian).
// Ends with a line `N passed, N failed` counting the stages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../../electron/tools/ensure-dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
ensureDependencies(root);
const CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'xvfb', 'poppler-utils', 'sane-utils'];
const say = (message) => process.stderr.write(`${message}\n`);

function isDebian() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\bdebian\b/m.test(release) && existsSync('/usr/bin/apt-get');
  } catch {
    return false;
  }
}

/** Chromium at /usr/bin/chromium, installed with apt when we are root on Debian. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && isDebian()) {
    say(`[test] ${CHROMIUM} is missing: installing ${APT_PACKAGES.join(' ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', ...APT_PACKAGES]]) {
      const result = spawnSync('apt-get', args, { stdio: ['ignore', process.stderr, process.stderr], env });
      if (result.status !== 0) {
        say(`[test] apt-get ${args[0]} failed (exit ${result.status ?? result.signal}).`);
        return false;
      }
    }
    return existsSync(CHROMIUM);
  }
  say('');
  say(`Chromium không có ở ${CHROMIUM}. Cài bằng lệnh / Chromium is missing at ${CHROMIUM}. Install it with:`);
  say(`  sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`);
  say('(Debian/Ubuntu; the end-to-end tests run in Debian\'s Chromium at that exact path.)');
  say('');
  return false;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const stages = [
  { name: 'lint', command: npm, args: ['run', '--silent', 'lint'] },
  { name: 'security lint (Electronegativity)', command: npm, args: ['run', '--silent', 'lint:security'] },
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'] },
  {
    name: 'unit + integration',
    command: npx,
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
    report: 'test-results/vitest.json',
  },
  { name: 'build host', command: process.execPath, args: ['electron/tools/prepare.mjs', 'host'] },
  {
    name: 'end-to-end',
    command: npx,
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' },
    report: 'test-results/playwright.json',
  },
];

/** Test counts from a runner's JSON report (vitest or Playwright); null when there is none. */
function countTests(file) {
  try {
    const report = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
    if (typeof report.numPassedTests === 'number') {
      return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests ?? 0 };
    }
    if (report.stats) {
      return { passed: report.stats.expected ?? 0, failed: (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0), skipped: report.stats.skipped ?? 0 };
    }
  } catch {
    // no report: the stage did not get as far as running tests
  }
  return null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };

/** The closing line counts tests (not stages); a failed stage without tests counts as one failure. */
function summary(_stagesPassed, stagesFailed) {
  const failed = totals.failed === 0 && stagesFailed > 0 ? 1 : totals.failed;
  process.stdout.write(`${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped\n`);
}

let passed = 0;
if (!ensureChromium()) {
  summary(passed, 1);
  process.exit(1);
}
for (const stage of stages) {
  say(`\n[test] ── ${stage.name} ──`);
  if (stage.report) rmSync(path.join(root, stage.report), { force: true });
  const started = Date.now();
  // Windows runs npm/npx through their .cmd shims, which need a shell.
  const result = spawnSync(stage.command, stage.args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...(stage.env ?? {}) },
  });
  const counts = stage.report ? countTests(stage.report) : null;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    say(`[test] ${stage.name}: FAILED (exit ${result.status ?? result.signal}) after ${seconds} s`);
    summary(passed, 1);
    process.exit(1);
  }
  say(`[test] ${stage.name}: ok (${seconds} s)`);
  passed += 1;
}
summary(passed, 0);
