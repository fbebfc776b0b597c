import { MAX_INPUT_BYTES } from '../../../../shared/api/attachments';
import { bytesToBase64 } from '../../ui/base64';

/** What the file picker offers; the core still decides the type by the bytes, never by the name. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

/** A file the renderer refuses before sending it (its message is Vietnamese, for the officer). */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
}

/** A file from the picker or a drop, ready for `attachments.add`; refused here only when it is too large to send. */
export async function readForImport(file: File): Promise<{ fileName: string; contentBase64: string }> {
  if (file.size === 0) throw new ImportRefused('Tệp rỗng, không có nội dung.');
  if (file.size > MAX_INPUT_BYTES) throw new ImportRefused('Tệp quá lớn: tối đa 40 MB trước khi chuyển đổi.');
  return { fileName: file.name || 'tep-dinh-kem', contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
