import { Alert, Form, Input, Modal, Select } from 'antd';
import type { Role, UserView } from '../../../../shared/api';
import { call } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { USERNAME_RULES } from '../../ui/password-rules';
import { ROLE_LABELS } from '../../ui/role-labels';
import { PASSWORD_MIN_LENGTH } from '../../../../shared/account-rules';

interface CreateUserValues {
  username: string;
  fullName: string;
  role: Role;
  password: string;
  confirmPassword: string;
}

const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** "Thêm cán bộ": the administrator opens an account for an officer. */
export function CreateUserDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: UserView) => void }) {
  const [form] = Form.useForm<CreateUserValues>();
  const { saving, error, run } = useFormSubmit(form);

  async function submit(values: CreateUserValues) {
    await run(async () => {
      const user = await call('users.create', {
        username: values.username,
        fullName: values.fullName,
        role: values.role,
        password: values.password,
      });
      form.resetFields();
      onCreated(user);
    });
  }

  return (
    <Modal
      title="Thêm cán bộ"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Tạo tài khoản"
      cancelText="Hủy"
      confirmLoading={saving}
      destroyOnHidden
      data-testid="create-user-dialog"
    >
      {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" /> : null}
      <Form form={form} name="create-user" layout="vertical" onFinish={submit} initialValues={{ role: 'officer' }}>
        <Form.Item label="Tên đăng nhập" name="username" rules={USERNAME_RULES} extra="3-32 ký tự: chữ không dấu, số, dấu chấm, gạch.">
          <Input autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Họ và tên: bắt buộc nhập.' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Vui lòng chọn vai trò.' }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <NewPasswordFields name="password" label="Mật khẩu" confirmLabel="Nhập lại mật khẩu" extra={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự. Ở lần đăng nhập đầu, cán bộ phải đổi sang mật khẩu riêng.`} />
      </Form>
    </Modal>
  );
}
