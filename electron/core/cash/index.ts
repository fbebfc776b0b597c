// The door of cash/: what the rest of the core uses of it (lint rule core/layers).
export { counterReceiptRange, readStoredCashSettings } from './cash-settings';
export { assertFeePaid } from './fee-status';
export { standingReceipt } from './standing-receipt';
