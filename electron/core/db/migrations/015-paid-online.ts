import type { Migration } from './migration';

/**
 * Whether the portal says a dossier's fee was paid online (HoSo.DuocThanhToanTrucTuyen 1 through
 * the national portal, 2 through the provincial gateway): the numerator of the Decision 766
 * online-payment figure. Counter intakes are paid at the counter (0); dossiers read from the feed
 * before this version count as not paid online until the feed brings them again.
 */
export default {
  version: 15,
  name: 'paid-online',
  up(db) {
    db.exec(`ALTER TABLE dossiers ADD COLUMN paid_online INTEGER NOT NULL DEFAULT 0;`);
  },
} satisfies Migration;
