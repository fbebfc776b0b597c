// The door of attachments/: what the rest of the core uses of it (lint rule core/layers).
export { FILES_UPLOADED_SQL, uploadedFilesOf } from './attachment-sync';
export type { AttachmentSync } from './attachment-sync';
export { addToComponent } from './attachments-service';
export type { ContentStore } from './content-store';
