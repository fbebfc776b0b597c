import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { UserView } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { vnClockSeconds, vnDate } from '../../ui/vietnam-time';
import { ROLE_LABELS } from '../../ui/role-labels';
import { useSession } from '../../stores/session-store';
import { CreateUserDialog } from './CreateUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useUserList } from './use-user-list';

/** "Quản lý tài khoản cán bộ" (admin): list, create, disable/enable, reset password. */
export function UserManagement() {
  const { message } = App.useApp();
  const { users, loading, error, reload, replace } = useUserList();
  const me = useSession((state) => state.user);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [busyUser, setBusyUser] = useState<string | null>(null);

  async function setDisabled(user: UserView, disabled: boolean) {
    setBusyUser(user.username);
    try {
      const changed = await call(disabled ? 'users.disable' : 'users.enable', { username: user.username });
      replace(changed);
      message.success(disabled ? `Đã khóa tài khoản ${user.username}.` : `Đã mở khóa tài khoản ${user.username}.`);
    } catch (failure) {
      message.error(messageOf(failure));
    } finally {
      setBusyUser(null);
    }
  }

  async function clearSignInWait(user: UserView) {
    setBusyUser(user.username);
    try {
      replace(await call('users.clearSignInWait', { username: user.username }));
      message.success(`Đã bỏ khóa đăng nhập của ${user.username}: có thể đăng nhập lại ngay.`);
    } catch (failure) {
      message.error(messageOf(failure));
    } finally {
      setBusyUser(null);
    }
  }

  const columns: ColumnsType<UserView> = [
    { title: 'Tên đăng nhập', dataIndex: 'username', key: 'username' },
    { title: 'Họ và tên', dataIndex: 'fullName', key: 'fullName' },
    { title: 'Vai trò', dataIndex: 'role', key: 'role', render: (role: UserView['role']) => ROLE_LABELS[role] },
    {
      title: 'Trạng thái',
      dataIndex: 'disabled',
      key: 'disabled',
      render: (disabled: boolean, user) => (
        <Space size={4} wrap>
          {disabled ? <Tag color="default">Đã khóa</Tag> : <Tag color="green">Đang hoạt động</Tag>}
          {user.mustChangePassword ? <Tag color="gold">Chờ đổi mật khẩu lần đầu</Tag> : null}
          {user.signInWaitUntil ? <Tag color="red">Tạm khóa đăng nhập đến {vnClockSeconds(user.signInWaitUntil)}</Tag> : null}
        </Space>
      ),
    },
    { title: 'Ngày tạo', dataIndex: 'createdAt', key: 'createdAt', render: (createdAt: string) => vnDate(createdAt) },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_value, user) => {
        const isMe = me?.username === user.username;
        return (
          <Space size="small" wrap>
            {user.disabled ? (
              <Button size="small" onClick={() => void setDisabled(user, false)} loading={busyUser === user.username} aria-label={`Mở khóa tài khoản ${user.username}`}>
                Mở khóa tài khoản
              </Button>
            ) : (
              <Popconfirm
                title={`Khóa tài khoản ${user.username}?`}
                description="Cán bộ này sẽ không đăng nhập được cho đến khi được mở khóa."
                okText="Khóa tài khoản"
                cancelText="Hủy"
                okButtonProps={{ danger: true }}
                onConfirm={() => setDisabled(user, true)}
                disabled={isMe}
              >
                <Button size="small" danger disabled={isMe} loading={busyUser === user.username} aria-label={`Khóa tài khoản ${user.username}`}>
                  Khóa tài khoản
                </Button>
              </Popconfirm>
            )}
            {user.signInWaitUntil ? (
              <Button size="small" onClick={() => void clearSignInWait(user)} loading={busyUser === user.username} aria-label={`Bỏ khóa đăng nhập ${user.username}`}>
                Bỏ khóa đăng nhập
              </Button>
            ) : null}
            <Button size="small" onClick={() => setResetting(user)} aria-label={`Đặt lại mật khẩu ${user.username}`}>
              Đặt lại mật khẩu
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title="Quản lý tài khoản cán bộ"
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          Thêm cán bộ
        </Button>
      }
      data-testid="user-management"
    >
      {error ? (
        <Alert type="error" showIcon title={error} className="desk-form-alert" action={<Button size="small" onClick={() => void reload()}>Thử lại</Button>} />
      ) : null}
      <Table<UserView>
        rowKey="username"
        columns={columns}
        dataSource={users}
        loading={loading}
        pagination={false}
        size="middle"
        aria-label="Danh sách tài khoản"
        locale={{ emptyText: 'Chưa có tài khoản nào.' }}
      />
      <CreateUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          message.success(`Đã tạo tài khoản ${user.username}.`);
          void reload();
        }}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          message.success(`Đã đặt lại mật khẩu cho ${user.username}.`);
        }}
      />
    </Card>
  );
}
