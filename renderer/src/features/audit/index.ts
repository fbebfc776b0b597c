// What the shell uses from Nhật ký hệ thống.
export { AuditChainWarning } from './AuditChainWarning';
export { AuditLogPage } from './AuditLogPage';
