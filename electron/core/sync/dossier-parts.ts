import type { DossierParts } from '../portal';
import { uploadedFilesOf } from '../attachments';
import { standingReceipt } from '../cash';

/** What attachments and cash hand the portal's HoSo mapping: the uploaded files and the standing receipt, as plain data. */
export const DOSSIER_PARTS: DossierParts = { uploadedFiles: uploadedFilesOf, standingReceipt };
