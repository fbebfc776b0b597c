/**
 * The procedure catalogue from resources/catalog/*.json. Every file is validated before any is
 * used; a broken file is refused with its name, the entry and the field. Loading only reads:
 * a supervisor's updated file is checked with loadCatalogFile before it replaces anything.
 */
import path from 'node:path';
import { CatalogValidationError, type CatalogFile, type Procedure, parseCatalog } from '../../../shared/catalog';
import { jsonFilesIn, readJsonFile } from './read-json-file';

export { parseCatalog };

/** Reads and validates one catalogue file. */
export function loadCatalogFile(filePath: string): CatalogFile {
  return parseCatalog(readJsonFile(filePath), path.basename(filePath));
}

/** All procedures of a catalogue folder; a code appearing in two files is refused. */
export function loadCatalogDir(dir: string): Procedure[] {
  const byCode = new Map<string, { procedure: Procedure; fileName: string }>();
  for (const filePath of jsonFilesIn(dir)) {
    const fileName = path.basename(filePath);
    loadCatalogFile(filePath).procedures.forEach((procedure, i) => {
      const previous = byCode.get(procedure.code);
      if (previous) {
        throw new CatalogValidationError(fileName, [
          `thủ tục số ${i + 1} (${procedure.code} ${procedure.name}), trường "code": mã thủ tục đã có trong tệp "${previous.fileName}"`,
        ]);
      }
      byCode.set(procedure.code, { procedure, fileName });
    });
  }
  return [...byCode.values()].map((v) => v.procedure);
}
