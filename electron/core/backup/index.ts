// The door of backup/: what the rest of the core uses of it (lint rule core/layers).
export { beforeIssuingNumber } from './restore-guard';
export { clearRestorePending, raiseReceiptNumbersFromFeed, readRestorePending } from './restore-reconcile';
