import { Tag } from 'antd';
import { STATUS_NAMES, isDossierStatus } from '../../../../shared/dossier-status';

/** One colour per national status code, so a glance down the queue reads the state. */
const STATUS_COLORS: Record<number, string> = {
  1: 'purple',
  2: 'blue',
  3: 'red',
  4: 'geekblue',
  5: 'orange',
  6: 'gold',
  7: 'default',
  8: 'volcano',
  9: 'green',
  10: 'cyan',
};

export function StatusTag({ status, name }: { status: number; name?: string }) {
  const label = name ?? (isDossierStatus(status) ? STATUS_NAMES[status] : String(status));
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} className="queue-status-tag" data-status={status} title={label}>
      {label}
    </Tag>
  );
}
