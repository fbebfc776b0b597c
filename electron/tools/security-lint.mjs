#!/usr/bin/env node
// `npm run lint:security`: Electron's security checklist as a linter. Runs Doyensec's
// Electronegativity over electron/ for the Electron version in package.json and fails on any
// finding that electron/security-lint.json does not list as reviewed (each entry says why).
// A reviewed entry that no longer matches anything fails too, so the list never goes stale.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');
const reviewed = JSON.parse(fs.readFileSync(path.join(root, 'electron/security-lint.json'), 'utf8')).reviewed;
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-eneg-')), 'findings.sarif');
const cli = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');

// It also looks up Electron's releases online; offline that lookup fails and the checks still run.
const run = spawnSync(process.execPath, [cli, '-i', path.join(root, 'electron'), '-r', '-e', electronVersion, '-v', 'false', '-o', out], { encoding: 'utf8' });
if (!fs.existsSync(out)) {
  process.stderr.write(`${run.stdout}\n${run.stderr}\nElectronegativity did not write its findings (exit ${run.status}).\n`);
  process.exit(1);
}
const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
fs.rmSync(path.dirname(out), { recursive: true, force: true });
const findings = sarif.runs.flatMap((r) => r.results).map((result) => {
  const where = result.locations?.[0]?.physicalLocation;
  return { check: result.ruleId, level: result.level, file: where?.artifactLocation?.uri ?? '?', line: where?.region?.startLine ?? 0 };
});
const isReviewed = (f) => reviewed.some((r) => r.check === f.check && r.file === f.file);
const fresh = findings.filter((f) => !isReviewed(f));
const stale = reviewed.filter((r) => !findings.some((f) => f.check === r.check && f.file === r.file));

for (const f of fresh) process.stderr.write(`NEW  ${f.check} (${f.level}) electron/${f.file}:${f.line}\n`);
for (const r of stale) process.stderr.write(`STALE  ${r.check} electron/${r.file}: no longer found, remove it from electron/security-lint.json\n`);
console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.length - fresh.length} reviewed, ${fresh.length} new, ${stale.length} stale`);
process.exit(fresh.length > 0 || stale.length > 0 ? 1 : 0);
