import fs from 'node:fs';
import path from 'node:path';
import { CatalogValidationError } from '../../../shared/catalog';

/** Reads and parses a JSON file; an unreadable or malformed file is refused with a Vietnamese message naming it. */
export function readJsonFile(filePath: string): unknown {
  const fileName = path.basename(filePath);
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new CatalogValidationError(fileName, [`không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CatalogValidationError(fileName, [`không phải JSON hợp lệ: ${(error as Error).message}`]);
  }
}

/** The *.json files of a folder, sorted by name; none when the folder does not exist. */
export function jsonFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}
