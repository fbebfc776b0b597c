import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogValidationError, parseCatalog, parseHolidaySchedule } from '../../../shared/catalog';
import { loadCatalogDir, loadCatalogFile, loadHolidayDir, loadHolidayFile } from '../../../electron/core/catalog';

const CATALOG_DIR = 'resources/catalog';
const HOLIDAY_DIR = 'resources/holidays';
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-test-'));
  tempDirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('shipped catalogue', () => {
  const procedures = loadCatalogDir(CATALOG_DIR);
  it('every file is valid and together they hold at least 20 procedures with unique national codes', () => {
    for (const file of fs.readdirSync(CATALOG_DIR)) expect(() => loadCatalogFile(path.join(CATALOG_DIR, file))).not.toThrow();
    expect(procedures.length).toBeGreaterThanOrEqual(20);
    expect(new Set(procedures.map((p) => p.code)).size).toBe(procedures.length);
  });
  it('holds the key ward procedures from the national listing', () => {
    const codes = procedures.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['1.001193', '1.000894', '1.000656', '2.000635', '2.000815', '2.000884', '2.001035', '1.001612']));
  });
  it('same-day procedures use the 15:00 cut-off', () => {
    for (const p of procedures.filter((p) => p.processingTime.unit === 'same-day')) {
      expect(p.processingTime).toEqual({ unit: 'same-day', cutoff: '15:00' });
    }
  });
});

describe('shipped holiday schedules', () => {
  it('every file is valid; 2026 is official and 2027 marked as reported, each with its source', () => {
    for (const file of fs.readdirSync(HOLIDAY_DIR)) expect(() => loadHolidayFile(path.join(HOLIDAY_DIR, file))).not.toThrow();
    const { schedules } = loadHolidayDir(HOLIDAY_DIR);
    expect(schedules.map((s) => [s.year, s.status])).toEqual([
      [2026, 'official'],
      [2027, 'reported'],
    ]);
    for (const s of schedules) expect(s.source.length).toBeGreaterThan(20);
  });
});

describe('a broken file is refused, naming the file, the entry and the field', () => {
  const good = read(path.join(CATALOG_DIR, 'ho-tich.json'));

  it('a negative processing time', () => {
    const broken = structuredClone(good);
    broken.procedures[3].processingTime.amount = -1;
    const message = messageOf(() => parseCatalog(broken, 'ho-tich.json'));
    expect(message).toContain('"ho-tich.json"');
    expect(message).toContain(`thủ tục số 4 (${good.procedures[3].code} ${good.procedures[3].name})`);
    expect(message).toContain('"processingTime.amount"');
    expect(message).toContain('phải lớn hơn 0');
  });

  it('a missing name, a wrong level and a fractional fee', () => {
    const broken = structuredClone(good);
    delete broken.procedures[0].name;
    broken.procedures[1].level = 'muc-4';
    broken.procedures[6].fees[0].amount = 8000.5;
    const message = messageOf(() => parseCatalog(broken, 'ho-tich.json'));
    expect(message).toMatch(/thủ tục số 1 \(1\.001193\), trường "name"/);
    expect(message).toMatch(/thủ tục số 2 .*trường "level": phải là toan-trinh, mot-phan hoặc truc-tiep/);
    expect(message).toMatch(/thủ tục số 7 .*trường "fees\[0\]\.amount": phải là số nguyên đồng/);
  });

  it('a duplicated component code', () => {
    const broken = structuredClone(good);
    broken.procedures[0].components[1].code = 'TP1';
    expect(messageOf(() => parseCatalog(broken, 'ho-tich.json'))).toMatch(/trường "components\[1\]\.code": mã thành phần "TP1" bị trùng/);
  });

  it('a file that is not JSON, and a code present in two files', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'hong.json'), '{ "source": "x", ');
    expect(messageOf(() => loadCatalogFile(path.join(dir, 'hong.json')))).toMatch(/"hong\.json".*không phải JSON/s);
    fs.rmSync(path.join(dir, 'hong.json'));
    fs.copyFileSync(path.join(CATALOG_DIR, 'ho-tich.json'), path.join(dir, 'a.json'));
    fs.copyFileSync(path.join(CATALOG_DIR, 'ho-tich.json'), path.join(dir, 'b.json'));
    expect(messageOf(() => loadCatalogDir(dir))).toMatch(/"b\.json".*thủ tục số 1 \(1\.001193.*đã có trong tệp "a\.json"/s);
  });

  it('a holiday schedule with a date that does not exist', () => {
    const broken = read(path.join(HOLIDAY_DIR, '2026.json'));
    broken.daysOff[2].date = '2026-02-30';
    const message = messageOf(() => parseHolidaySchedule(broken, '2026.json'));
    expect(message).toContain('"2026.json"');
    expect(message).toMatch(/ngày nghỉ số 3, trường "date": phải là ngày có thật/);
  });
});
