import type { Handlers } from '../api/handler-context';
import { addToComponent, attachmentContent, attachmentLimits, setAttachmentLimits, attachmentThumbnail, editPages, listAttachments, removeAttachment } from './attachments-service';
import { addFromHotFolder, hotFolderFiles, hotFolderState, setHotFolder } from './hot-folder-service';

export const attachmentsHandlers = {
  'attachments.add': (input, ctx) =>
    addToComponent(ctx, { dossierId: input.dossierId, componentCode: input.componentCode, fileName: input.fileName }, [{ bytes: Buffer.from(input.contentBase64, 'base64') }]),
  'attachments.list': (input, ctx) => listAttachments(ctx, input.dossierId),
  'attachments.remove': (input, ctx) => removeAttachment(ctx, input.id),
  'attachments.editPages': (input, ctx) => editPages(ctx, input),
  'attachments.thumbnail': (input, ctx) => attachmentThumbnail(ctx, input.id, input.page),
  'attachments.content': (input, ctx) => attachmentContent(ctx, input.id),
  'attachments.limits': (_input, ctx) => attachmentLimits(ctx),
  'attachments.setLimits': (input, ctx) => setAttachmentLimits(ctx, input),
  'attachments.setHotFolder': (input, ctx) => setHotFolder(ctx, input.path),
  'attachments.hotFolderState': (_input, ctx) => hotFolderState(ctx),
  'attachments.hotFolderFiles': (_input, ctx) => hotFolderFiles(ctx),
  'attachments.addFromHotFolder': (input, ctx) => addFromHotFolder(ctx, input),
} satisfies Pick<
  Handlers,
  | 'attachments.add'
  | 'attachments.list'
  | 'attachments.remove'
  | 'attachments.editPages'
  | 'attachments.thumbnail'
  | 'attachments.content'
  | 'attachments.limits'
  | 'attachments.setLimits'
  | 'attachments.setHotFolder'
  | 'attachments.hotFolderState'
  | 'attachments.hotFolderFiles'
  | 'attachments.addFromHotFolder'
>;
