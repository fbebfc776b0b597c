import { Drawer, Typography } from 'antd';
import { Fragment } from 'react';
import type { Role } from '../../../shared/api';
import type { ShortcutHelp } from '../ui/shortcut-help';
import { frameShortcuts } from './shortcuts';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="desk-keys">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? <span aria-hidden="true">+</span> : null}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

function ShortcutRow({ shortcut }: { shortcut: ShortcutHelp }) {
  return (
    <tr>
      <td>
        <Keys keys={shortcut.keys} />
        {shortcut.alternative ? (
          <>
            <span className="desk-keys-or">hoặc</span>
            <Keys keys={shortcut.alternative} />
          </>
        ) : null}
      </td>
      <td>{shortcut.description}</td>
    </tr>
  );
}

/** The keyboard-shortcut help panel (F1). */
export function HelpPanel({ open, role, onClose }: { open: boolean; role: Role; onClose: () => void }) {
  return (
    <Drawer title="Trợ giúp: phím tắt" open={open} onClose={onClose} size={540} data-testid="help-panel" closable={{ 'aria-label': 'Đóng trợ giúp' }}>
      <Typography.Paragraph type="secondary">
        Dùng bàn phím để thao tác nhanh tại quầy. Các phím tắt dùng được ở mọi màn hình sau khi đăng nhập.
      </Typography.Paragraph>
      <table className="desk-shortcut-table" aria-label="Danh sách phím tắt">
        <thead>
          <tr>
            <th scope="col">Phím</th>
            <th scope="col">Chức năng</th>
          </tr>
        </thead>
        <tbody>
          {frameShortcuts(role).map((shortcut) => (
            <ShortcutRow key={shortcut.description} shortcut={shortcut} />
          ))}
        </tbody>
      </table>
    </Drawer>
  );
}
