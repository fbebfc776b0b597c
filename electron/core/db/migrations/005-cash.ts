import type { Migration } from './migration';

/** Cash at the counter: sessions, payments with their receipt numbers, voids and refunds. Integer đồng only. */
export default {
  version: 5,
  name: 'cash',
  up(db) {
    db.exec(`
-- A cash drawer session: opened with a float, closed with the counted cash.
CREATE TABLE cash_sessions (
  id INTEGER PRIMARY KEY,
  officer_id INTEGER NOT NULL REFERENCES users(id),
  officer TEXT NOT NULL,
  counter INTEGER NOT NULL,
  opened_at TEXT NOT NULL,
  float INTEGER NOT NULL CHECK (float >= 0),
  closed_at TEXT,
  counted_json TEXT,
  counted INTEGER CHECK (counted >= 0),
  expected INTEGER,
  difference INTEGER,
  note TEXT,
  CHECK ((closed_at IS NULL) = (counted IS NULL))
) STRICT;
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(officer_id) WHERE closed_at IS NULL;
CREATE INDEX cash_sessions_opened ON cash_sessions(opened_at);

-- The last number used per receipt form, series and counter, inside the counter's range.
CREATE TABLE receipt_number_sequences (
  form TEXT NOT NULL,
  series TEXT NOT NULL,
  counter INTEGER NOT NULL,
  first_number INTEGER NOT NULL CHECK (first_number >= 1),
  last_number INTEGER NOT NULL CHECK (last_number >= first_number),
  last_used INTEGER NOT NULL CHECK (last_used >= first_number - 1 AND last_used <= last_number),
  PRIMARY KEY (form, series, counter)
) STRICT;

CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  amount INTEGER NOT NULL CHECK (amount > 0),
  tendered INTEGER NOT NULL CHECK (tendered >= amount),
  change INTEGER NOT NULL CHECK (change = tendered - amount),
  status TEXT NOT NULL CHECK (status IN ('paid', 'void', 'refunded')),
  receipt_form TEXT NOT NULL,
  receipt_series TEXT NOT NULL,
  receipt_number INTEGER NOT NULL CHECK (receipt_number >= 1),
  counter INTEGER NOT NULL,
  collected_at TEXT NOT NULL,
  officer_id INTEGER NOT NULL REFERENCES users(id),
  officer TEXT NOT NULL,
  officer_name TEXT NOT NULL,
  payer_name TEXT NOT NULL,
  payer_address TEXT,
  print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
  UNIQUE (receipt_form, receipt_series, receipt_number)
) STRICT;
CREATE INDEX payments_dossier ON payments(dossier_id);
CREATE INDEX payments_session ON payments(session_id);
CREATE INDEX payments_collected ON payments(collected_at);

CREATE TABLE payment_lines (
  payment_id TEXT NOT NULL REFERENCES payments(id),
  line_no INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (payment_id, line_no)
) STRICT;

-- Voids and refunds: cash going back out (amount < 0), each with its own document number.
CREATE TABLE cash_movements (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('void', 'refund')),
  payment_id TEXT NOT NULL REFERENCES payments(id),
  session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
  amount INTEGER NOT NULL CHECK (amount < 0),
  reason TEXT NOT NULL,
  document_form TEXT NOT NULL,
  document_series TEXT NOT NULL,
  document_number INTEGER NOT NULL CHECK (document_number >= 1),
  counter INTEGER NOT NULL,
  at TEXT NOT NULL,
  officer_id INTEGER NOT NULL REFERENCES users(id),
  officer TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  UNIQUE (document_form, document_series, document_number)
) STRICT;
CREATE INDEX cash_movements_payment ON cash_movements(payment_id);
CREATE INDEX cash_movements_session ON cash_movements(session_id);
CREATE INDEX cash_movements_at ON cash_movements(at);
`);
  },
} satisfies Migration;
