import type { Migration } from './migration';

/**
 * Which provider issued each receipt (the local series or an electronic receipt provider), the
 * provider's reference, and the payments to send to a provider later because it failed and the
 * local series stood in.
 */
export default {
  version: 8,
  name: 'receipt-provider',
  up(db) {
    db.exec(`
ALTER TABLE payments ADD COLUMN receipt_provider TEXT NOT NULL DEFAULT 'local';
ALTER TABLE payments ADD COLUMN provider_ref TEXT;
ALTER TABLE payments ADD COLUMN provider_pending TEXT;
ALTER TABLE payments ADD COLUMN provider_error TEXT;
CREATE INDEX payments_provider_pending ON payments(provider_pending) WHERE provider_pending IS NOT NULL;
`);
  },
} satisfies Migration;
