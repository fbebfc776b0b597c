import { useCallback, useState } from 'react';
import type { AttachmentAdded } from '../../../../shared/api';
import { call } from '../../api';
import { readForImport } from './import-files';
import { workErrorText } from './work-error';

/**
 * Files into one component, one after the other (each becomes pages appended to the component's
 * PDF). The first refused file stops the rest; its message names the file.
 */
export function useComponentImport(dossierId: string, componentCode: string, onAdded: (added: AttachmentAdded) => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setError(null);
      for (const [index, file] of files.entries()) {
        setBusy(files.length > 1 ? `Đang nhập tệp ${index + 1}/${files.length}: ${file.name}` : `Đang nhập tệp ${file.name}`);
        try {
          const content = await readForImport(file);
          onAdded(await call('attachments.add', { dossierId, componentCode, ...content }));
        } catch (failure) {
          setError(`Không nhận tệp "${file.name}": ${workErrorText(failure)}`);
          break;
        }
      }
      setBusy(null);
    },
    [dossierId, componentCode, onAdded],
  );

  return { busy, error, setError, importFiles };
}
