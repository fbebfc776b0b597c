// What the shell and other features use from Số hoá hồ sơ.
export { ATTACHMENT_SHORTCUTS } from './attachment-shortcuts';
export { AttachmentsPanel } from './AttachmentsPanel';
export { DossierAttachments } from './DossierAttachments';
