import type { Migration } from './migration';

/**
 * How a fee was paid: cash into the officer's drawer, or a bank transfer (VietQR) to the agency's
 * account, confirmed at the counter with the transfer's reference. Earlier payments were all cash.
 */
export default {
  version: 13,
  name: 'payment-method',
  up(db) {
    db.exec(`
ALTER TABLE payments ADD COLUMN method TEXT NOT NULL DEFAULT 'cash' CHECK (method IN ('cash', 'transfer'));
ALTER TABLE payments ADD COLUMN transfer_reference TEXT CHECK ((method = 'transfer') = (transfer_reference IS NOT NULL));
CREATE INDEX payments_transfers ON payments(collected_at) WHERE method = 'transfer';
`);
  },
} satisfies Migration;
