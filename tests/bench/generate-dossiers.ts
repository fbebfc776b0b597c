/**
 * A real data folder holding N dossiers (default 1 000 000: about 20 years of a busy ward), for
 * the counter-workflow benchmark. The schema, accounts and settings come from the real core;
 * the dossiers go in by direct INSERTs (prepared statements, big transactions, secondary
 * indexes rebuilt afterwards), then ANALYZE. The folder is cached under the temp folder, keyed
 * by schema, generator version and size, so repeated runs reuse it.
 * Standalone: `npx tsx tests/bench/generate-dossiers.ts [count]`.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../electron/core/create-core';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { migrate } from '../../electron/core/db/migrate';
import { DEFAULT_DOSSIER_CODE_FORMAT, formatDossierCode } from '../../shared/dossier-code';
import { dueDate, DEFAULT_WORK_CALENDAR, type ProcessingTime } from '../../shared/calendar';
import { foldVietnamese } from '../../shared/text';
import type { ProcedureDetail } from '../../shared/api';

/** Raise when the generated data changes shape, so old caches are not reused. */
const GENERATOR_VERSION = 1;
const YEARS = 20;
const COUNTERS = 3;
/** Slices as in DEFAULT_CODE_RANGE: 1-5000 for the portal, then 500 per counter. */
const PORTAL_SHARE = 5000;
const SLICE = 500;
const AGENCY_ID = '000.00.00.H56';
const ADMIN_PASSWORD = 'quan-tri-bench-123';

export const BENCH_OFFICERS = Array.from({ length: 8 }, (_, i) => ({
  username: `canbo${i + 1}`,
  password: `canbo${i + 1}-mat-khau`,
}));
export const BENCH_SUPERVISOR = { username: 'giamsat', password: 'giamsat-mat-khau' };

export interface BenchDatabase {
  /** The cached data folder (copy it before writing to it). */
  dir: string;
  /** The moment the data was generated around ("now" for the queue filters). */
  anchor: Date;
  dossiers: number;
  /** Seconds spent generating now; null when the cache was reused. */
  generatedSeconds: number | null;
  procedureCodes: string[];
}

interface Meta {
  anchor: string;
  dossiers: number;
  generatedSeconds: number;
  procedureCodes: string[];
}

const SURNAMES: Array<[string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3], ['Huỳnh', 2.5], ['Phan', 4.5], ['Vũ', 3.5], ['Võ', 2.5],
  ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.5], ['Hồ', 1.5], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 1], ['Trịnh', 0.8], ['Đào', 0.8], ['Mai', 0.6],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Công', 'Xuân', 'Hoàng', 'Ngọc', 'Trọng', 'Đình', 'Mạnh', 'Tiến'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Phương', 'Hồng', 'Bích', 'Mỹ', 'Diệu'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Long', 'Minh', 'Nam', 'Nghĩa',
  'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Đạt', 'Định',
];
const GIVEN_FEMALE = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân',
  'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Đào', 'Diệp',
];
const STREETS = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Quang Trung', 'Lý Thường Kiệt', 'Phan Đình Phùng', 'Nguyễn Du', 'Bà Triệu',
  'Điện Biên Phủ', 'Hoàng Diệu', 'Trần Phú', 'Ngô Quyền', 'Lê Duẩn', 'Võ Thị Sáu',
];
const OFFICER_NAMES = ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Thị Thu Hà', 'Phạm Minh Tuấn', 'Hoàng Thị Lan', 'Vũ Đức Long', 'Đỗ Thị Mai', 'Bùi Quang Huy'];

/** Deterministic pseudo-random numbers, so two generations look alike. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
/** Office hours in Vietnam time (minutes after midnight): 7:30-11:30 and 13:30-17:00. */
const OFFICE_MINUTES = [[450, 690], [810, 1020]] as const;

function cacheKey(count: number): string {
  return `schema${MIGRATIONS.length}-${schemaFingerprint()}-gen${GENERATOR_VERSION}-${count}`;
}

/** The fresh schema's text (sqlite_master after every migration), hashed: any change of a table or index shows. */
function schemaFingerprint(): string {
  const db = new Database(':memory:');
  try {
    migrate(db);
    const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 10);
  } finally {
    db.close();
  }
}

export function cacheRoot(): string {
  return path.join(os.tmpdir(), 'motcua-bench-cache');
}

/** Returns the cached data folder for `count` dossiers, generating it first when missing. */
export async function ensureDossierDatabase(count: number, log: (line: string) => void = console.log): Promise<BenchDatabase> {
  const dir = path.join(cacheRoot(), cacheKey(count));
  const metaFile = path.join(dir, 'bench-meta.json');
  if (fs.existsSync(metaFile)) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Meta;
    log(`  reusing the generated database ${dir} (generated around ${meta.anchor} in ${meta.generatedSeconds.toFixed(1)} s)`);
    return { dir, anchor: new Date(meta.anchor), dossiers: meta.dossiers, generatedSeconds: null, procedureCodes: meta.procedureCodes };
  }
  // Older generations are stale; only one cache is kept per size.
  fs.mkdirSync(cacheRoot(), { recursive: true });
  for (const name of fs.readdirSync(cacheRoot())) {
    if (name.endsWith(`-${count}`) || name.endsWith('.partial')) fs.rmSync(path.join(cacheRoot(), name), { recursive: true, force: true });
  }
  const partial = `${dir}.partial`;
  const t0 = performance.now();
  const anchor = new Date();
  const procedures = await prepareAccounts(partial);
  log(`  generating ${count.toLocaleString('en-US')} dossiers over ${YEARS} years into ${partial} ...`);
  const written = fillDossiers(path.join(partial, DATABASE_FILE), count, anchor, procedures, log);
  const generatedSeconds = (performance.now() - t0) / 1000;
  const meta: Meta = { anchor: anchor.toISOString(), dossiers: written, generatedSeconds, procedureCodes: procedures.map((p) => p.code) };
  fs.writeFileSync(path.join(partial, 'bench-meta.json'), JSON.stringify(meta, null, 2));
  fs.renameSync(partial, dir);
  log(`  generated in ${generatedSeconds.toFixed(1)} s (${(fs.statSync(path.join(dir, DATABASE_FILE)).size / 2 ** 20).toFixed(0)} MiB)`);
  return { dir, anchor, dossiers: written, generatedSeconds, procedureCodes: meta.procedureCodes };
}

/** The real core creates the schema, the admin, the officers and a supervisor; returns the catalogue. */
async function prepareAccounts(dataDir: string): Promise<ProcedureDetail[]> {
  const core = await createCore({ dataDir, adminPassword: ADMIN_PASSWORD, resourcesDir: path.resolve('resources') });
  try {
    const call = async <T>(method: string, input: unknown, token: string | null): Promise<T> => {
      const answer = await core.call(method, input, token, { transport: 'http' });
      if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
      return answer.value as T;
    };
    const admin = (await call<{ token: string }>('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, null)).token;
    // The administrator gives a first password; each account replaces it at its first sign-in.
    const createAccount = async (account: { username: string; password: string }, fullName: string, role: 'officer' | 'supervisor') => {
      const first = `${account.password}-dau`;
      await call('users.create', { username: account.username, fullName, role, password: first }, admin);
      const token = (await call<{ token: string }>('auth.login', { username: account.username, password: first }, null)).token;
      await call('auth.changePassword', { currentPassword: first, newPassword: account.password }, token);
      await call('auth.logout', undefined, token);
    };
    for (const [i, officer] of BENCH_OFFICERS.entries()) await createAccount(officer, OFFICER_NAMES[i]!, 'officer');
    await createAccount(BENCH_SUPERVISOR, 'Ngô Thị Phương Thảo', 'supervisor');
    const list = await call<Array<{ code: string }>>('catalog.list', undefined, admin);
    const procedures: ProcedureDetail[] = [];
    for (const { code } of list) procedures.push(await call<ProcedureDetail>('catalog.get', { code }, admin));
    await call('auth.logout', undefined, admin);
    return procedures;
  } finally {
    await core.close();
  }
}

interface Person {
  fullName: string;
  folded: string;
  sex: 'Nam' | 'Nữ';
}

/** Inserts about `count` dossiers (the daily numbers vary) and returns how many. */
function fillDossiers(file: string, count: number, anchor: Date, procedures: ProcedureDetail[], log: (line: string) => void): number {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('temp_store = MEMORY');

  const users = db.prepare(`SELECT id, username, full_name AS fullName, role FROM users`).all() as Array<{ id: number; username: string; fullName: string; role: string }>;
  const officers = users.filter((u) => u.role === 'officer');
  const supervisor = users.find((u) => u.role === 'supervisor')!;

  // Secondary indexes are rebuilt after the load (sorting once beats a million random inserts).
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('dossiers', 'dossier_status_history')`)
    .all() as Array<{ name: string; sql: string }>;
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);

  const insertDossier = db.prepare(
    `INSERT INTO dossiers(rowid, id, code, agency_id, channel, origin, procedure_code, procedure_name, field_code, field_name, status,
      applicant_json, applicant_name, applicant_id_number, applicant_phone, sets, fee_collection, return_method, processing_time_json,
      supplement_rule, submitted_at, received_at, due_at, paused_at, supplement_json, refusal_json, collected_by_json, refused_at,
      finished_at, returned_at, received_by, counter, book_number, row_number, revision, synced_revision, sync_state, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, 'local', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'none', 'counter', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSearch = db.prepare('INSERT INTO dossier_search(rowid, folded) VALUES (?, ?)');
  const insertComponent = db.prepare(
    'INSERT INTO dossier_components(dossier_id, position, code, name, required, originals, copies) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertHistory = db.prepare(
    `INSERT INTO dossier_status_history(dossier_id, status, action, at, user_id, username, full_name, reason, revision)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSequence = db.prepare(
    `INSERT INTO dossier_code_sequences(agency_id, day, counter, last_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT(agency_id, day, counter) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  );
  const insertBook = db.prepare(
    `INSERT INTO logbook_books(book, last_row) VALUES (?, ?) ON CONFLICT(book) DO UPDATE SET last_row = max(last_row, excluded.last_row)`,
  );

  const random = lcg(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const surnameTotal = SURNAMES.reduce((s, [, w]) => s + w, 0);
  const surname = () => {
    let r = random() * surnameTotal;
    for (const [name, weight] of SURNAMES) if ((r -= weight) < 0) return name;
    return SURNAMES[0]![0];
  };
  const folds = new Map<string, string>();
  const person = (): Person => {
    const male = random() < 0.5;
    const parts = [surname(), pick(male ? MIDDLE_MALE : MIDDLE_FEMALE)];
    if (random() < 0.25) parts.push(pick(male ? MIDDLE_MALE : MIDDLE_FEMALE).replace(/^(Văn|Thị)$/, 'Minh'));
    parts.push(pick(male ? GIVEN_MALE : GIVEN_FEMALE));
    const fullName = parts.join(' ');
    let folded = folds.get(fullName);
    if (folded === undefined) folds.set(fullName, (folded = foldVietnamese(fullName)));
    return { fullName, folded, sex: male ? 'Nam' : 'Nữ' };
  };
  // Chứng thực (certified copies) dominate a ward's counter, then civil status.
  const weights = procedures.map((p) => (p.code.startsWith('2.000815') || p.code.startsWith('2.000884') ? 12 : p.fieldCode === 'ho-tich' ? 2 : 1));
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  const procedure = () => {
    let r = random() * weightTotal;
    for (let i = 0; i < procedures.length; i++) if ((r -= weights[i]!) < 0) return procedures[i]!;
    return procedures[0]!;
  };

  // Working days (Mon-Fri, Vietnam dates) over the period; the day of the anchor only up to now.
  const anchorMs = anchor.getTime();
  const anchorVnDay = Math.floor((anchorMs + VN_OFFSET_MS) / DAY_MS);
  const firstVnDay = anchorVnDay - Math.round(YEARS * 365.25);
  const days: number[] = [];
  for (let d = firstVnDay; d <= anchorVnDay; d++) {
    const weekday = new Date(d * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  const perDay = count / days.length;
  const recentMs = 120 * DAY_MS;

  let rowid = 0;
  let written = 0;
  const progressEvery = Math.max(100_000, Math.ceil(count / 10));
  let nextProgress = progressEvery;
  const t0 = performance.now();
  const books = new Map<string, number>();

  const writeDay = (vnDay: number, n: number) => {
    // Times within office hours, in order, so rowids and codes follow the clock.
    const minutes: number[] = [];
    for (let i = 0; i < n; i++) {
      const [from, to] = OFFICE_MINUTES[random() < 0.55 ? 0 : 1];
      minutes.push(from + random() * (to - from));
    }
    minutes.sort((a, b) => a - b);
    const seqs = new Array<number>(COUNTERS + 1).fill(0);
    const dayDate = new Date(vnDay * DAY_MS);
    for (const minute of minutes) {
      const receivedMs = vnDay * DAY_MS - VN_OFFSET_MS + Math.floor(minute * 60_000);
      if (receivedMs > anchorMs) break;
      const received = new Date(receivedMs);
      const counter = 1 + Math.floor(random() * COUNTERS);
      const seq = ++seqs[counter]!;
      if (seq > SLICE) continue;
      const code = formatDossierCode({ agencyId: AGENCY_ID, date: received, seq: PORTAL_SHARE + (counter - 1) * SLICE + seq }, DEFAULT_DOSSIER_CODE_FORMAT);
      const proc = procedure();
      const time = proc.processingTime as ProcessingTime;
      const age = anchorMs - receivedMs;
      const due =
        age < recentMs
          ? dueDate(received, time, { calendar: DEFAULT_WORK_CALENDAR })
          : new Date(receivedMs + (time.unit === 'same-day' ? 0.3 : (time.amount ?? 1) * 1.4) * DAY_MS);
      const dueMs = due.getTime();

      // Old dossiers are finished; recent ones spread over the open statuses.
      let status: number;
      const r = random();
      if (age > recentMs) status = r < 0.955 ? 10 : r < 0.98 ? 3 : r < 0.995 ? 7 : 9;
      else if (dueMs > anchorMs) status = r < 0.3 ? 2 : r < 0.82 ? 4 : r < 0.92 ? 5 : r < 0.96 ? 9 : 10;
      else if (age < 30 * DAY_MS) status = r < 0.1 ? 4 : r < 0.14 ? 5 : r < 0.3 ? 9 : r < 0.96 ? 10 : 3;
      else status = r < 0.02 ? 4 : r < 0.04 ? 5 : r < 0.1 ? 9 : r < 0.97 ? 10 : 7;

      const officer = pick(officers);
      const applicant = person();
      const birthYear = 1940 + Math.floor(random() * 66);
      const idNumber = `0${String(1 + Math.floor(random() * 96)).padStart(2, '0')}${applicant.sex === 'Nam' ? (birthYear < 2000 ? 0 : 2) : birthYear < 2000 ? 1 : 3}${String(birthYear % 100).padStart(2, '0')}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      const phone = random() < 0.85 ? `0${pick(['90', '91', '93', '94', '96', '97', '98', '86', '88', '89', '70', '77', '79', '35', '36', '37', '38', '39'])}${String(Math.floor(random() * 1e7)).padStart(7, '0')}` : null;
      const address = `Số ${1 + Math.floor(random() * 300)}, đường ${pick(STREETS)}, tổ ${1 + Math.floor(random() * 40)}, Phường Tập Huấn`;
      const applicantJson = JSON.stringify({
        fullName: applicant.fullName, type: 'citizen', idType: 'cccd', idNumber,
        birthDate: `${birthYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
        sex: applicant.sex, address, ...(phone ? { phone } : {}),
      });

      // The history, one line per step; times between receipt and the deadline.
      const steps: Array<[number, string, number, string | null]> = [[2, 'create', receivedMs, null]];
      const span = Math.max(dueMs - receivedMs, 3_600_000);
      const stepAt = (fraction: number) => Math.min(receivedMs + Math.floor(span * fraction), anchorMs);
      if (status === 3) steps.push([3, 'refuse', stepAt(0.1), 'Hồ sơ không thuộc thẩm quyền giải quyết của UBND cấp xã.']);
      if (status === 7) steps.push([7, 'withdraw', stepAt(0.3), 'Công dân xin rút hồ sơ.']);
      if (status === 5) steps.push([5, 'requestSupplement', stepAt(0.2), 'Thiếu bản sao giấy tờ tùy thân.']);
      if (status === 4 || status === 9 || status === 10) steps.push([4, 'handOff', stepAt(0.1), null]);
      if (status === 9 || status === 10) steps.push([9, 'markProcessed', stepAt(0.8), null]);
      if (status === 10) steps.push([10, 'handOver', Math.min(dueMs + Math.floor(random() * 2 * DAY_MS), anchorMs), null]);
      const last = steps[steps.length - 1]!;
      const iso = (ms: number) => new Date(ms).toISOString();
      const revision = steps.length;
      const recent = age < 2 * DAY_MS;

      const bookNumber = `${String(counter).padStart(2, '0')}/${dayDate.getUTCFullYear()}`;
      const rowNumber = (books.get(bookNumber) ?? 0) + 1;
      books.set(bookNumber, rowNumber);
      const id = randomUUID();
      rowid++;
      insertDossier.run(
        rowid, id, code, AGENCY_ID, proc.code, proc.name, proc.fieldCode, proc.field, status,
        applicantJson, applicant.fullName, idNumber, phone, JSON.stringify(time), proc.supplementRule,
        iso(receivedMs), iso(receivedMs), iso(dueMs),
        status === 5 ? iso(last[2]) : null,
        status === 5 ? JSON.stringify({ reason: last[3], items: ['Bản sao CCCD'], requestedAt: iso(last[2]) }) : null,
        status === 3 ? JSON.stringify([last[3]]) : null,
        status === 10 ? JSON.stringify({ fullName: applicant.fullName }) : null,
        status === 3 ? iso(last[2]) : null,
        status === 9 || status === 10 ? iso(steps[status === 10 ? steps.length - 2 : steps.length - 1]![2]) : null,
        status === 10 ? iso(last[2]) : null,
        officer.id, counter, bookNumber, rowNumber, revision,
        recent ? revision - 1 : revision, recent ? 'pending' : 'synced',
        iso(receivedMs), iso(last[2]),
      );
      insertSearch.run(rowid, applicant.folded);
      proc.components.forEach((component, position) => {
        if (!component.required && random() < 0.7) return;
        const originals = component.originals || (component.copies ? 0 : 1);
        insertComponent.run(id, position, component.code, component.name, component.required ? 1 : 0, originals, component.copies);
      });
      steps.forEach(([stepStatus, action, at, reason], i) => {
        const by = action === 'markProcessed' ? supervisor : officer;
        insertHistory.run(id, stepStatus, action, iso(at), by.id, by.username, by.fullName, reason, i + 1);
      });
      written++;
    }
    const isoDay = dayDate.toISOString().slice(0, 10);
    for (let counter = 1; counter <= COUNTERS; counter++) {
      if (seqs[counter]) insertSequence.run(AGENCY_ID, isoDay, counter, PORTAL_SHARE + (counter - 1) * SLICE + Math.min(seqs[counter]!, SLICE));
    }
  };

  // Business grows a little over the years; the per-day count varies around the mean.
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const growth = 0.75 + 0.5 * (i / days.length);
      const n = Math.max(1, Math.round(perDay * growth * (0.7 + 0.6 * random())));
      writeDay(days[i]!, n);
    }
  });
  const DAYS_PER_TRANSACTION = 200;
  for (let i = 0; i < days.length; i += DAYS_PER_TRANSACTION) {
    batch(i, Math.min(days.length, i + DAYS_PER_TRANSACTION));
    if (written >= nextProgress) {
      log(`    ${written.toLocaleString('en-US')} dossiers (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      nextProgress += progressEvery;
    }
  }
  db.transaction(() => {
    for (const [book, lastRow] of books) insertBook.run(book, lastRow);
  })();
  log(`    ${written.toLocaleString('en-US')} dossiers inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s; rebuilding ${indexes.length} indexes, ANALYZE ...`);
  const t1 = performance.now();
  for (const index of indexes) db.exec(index.sql);
  db.exec('ANALYZE');
  log(`    indexes and ANALYZE in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  db.pragma('journal_mode = WAL');
  db.close();
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureDossierDatabase(Number(process.argv[2] ?? process.env.BENCH_DOSSIERS ?? 1_000_000));
}
