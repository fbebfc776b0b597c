import { Button, Table, Tag } from 'antd';
import { useEffect, useRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { UnpaidFee } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { vnDateTime } from '../../ui/vietnam-time';

interface UnpaidFeesTableProps {
  fees: UnpaidFee[];
  selected: number;
  onSelect: (index: number) => void;
  onCollect: (fee: UnpaidFee) => void;
  /** Take the keyboard focus when the list shows (a session is open and no dialog is up). */
  autoFocus: boolean;
}

/** The officer's unpaid fees, oldest first: Up/Down to choose, Enter to collect. */
export function UnpaidFeesTable({ fees, selected, onSelect, onCollect, autoFocus }: UnpaidFeesTableProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || fees.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      onSelect(Math.min(fees.length - 1, Math.max(0, selected + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const fee = fees[selected];
      if (fee) onCollect(fee);
    }
  };

  const current = fees[selected];
  return (
    <div
      ref={box}
      tabIndex={0}
      role="region"
      aria-label="Danh sách phí chưa thu. Mũi tên lên, xuống để chọn, Enter để thu phí."
      aria-activedescendant={current ? `unpaid-${current.dossierId}` : undefined}
      className="cash-unpaid"
      onKeyDown={onKeyDown}
    >
      <Table<UnpaidFee>
        size="small"
        rowKey="dossierId"
        dataSource={fees}
        pagination={false}
        locale={{ emptyText: 'Không còn hồ sơ nào chưa thu phí.' }}
        rowClassName={(_, index) => (index === selected ? 'cash-row-selected' : '')}
        onRow={(fee, index) =>
          ({
            id: `unpaid-${fee.dossierId}`,
            'data-testid': 'unpaid-row',
            'data-dossier-id': fee.dossierId,
            'aria-selected': index === selected,
            onClick: () => onSelect(index ?? 0),
            onDoubleClick: () => onCollect(fee),
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          // The whole code, daily number included: wide enough for one line, wrapping at a hyphen rather than cut.
          { title: 'Mã hồ sơ', dataIndex: 'dossierCode', width: 236, render: (code: string) => <span className="cash-code cash-code-whole">{code}</span> },
          { title: 'Người nộp', dataIndex: 'applicantName' },
          { title: 'Thủ tục', dataIndex: 'procedureName' }, // wraps: an officer reads the whole name
          { title: 'Tiếp nhận lúc', dataIndex: 'receivedAt', width: 140, render: (iso: string) => vnDateTime(iso) },
          {
            title: 'Thời điểm thu',
            dataIndex: 'collection',
            width: 120,
            render: (collection: UnpaidFee['collection']) => (collection === 'before' ? <Tag color="red">Thu trước</Tag> : <Tag>Thu khi trả</Tag>),
          },
          { title: 'Số tiền', dataIndex: 'amount', align: 'right', width: 110, render: (amount: number) => <b>{formatVnd(amount)}</b> },
          {
            title: 'Thao tác',
            key: 'collect',
            width: 100,
            render: (_, fee) => (
              <Button size="small" type="primary" tabIndex={-1} onClick={() => onCollect(fee)}>
                Thu phí
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
