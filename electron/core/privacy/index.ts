// The door of privacy/: what the rest of the core uses of it (lint rule core/layers).
export { AccessLog, accessLogRetentionMonths } from './access-log';
