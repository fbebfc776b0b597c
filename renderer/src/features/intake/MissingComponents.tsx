import { Alert, Button } from 'antd';

interface MissingComponentsProps {
  missing: Array<{ code: string; name: string }>;
  onPrint: () => void;
}

/** A dossier lacking required components is not received: what is missing, and the guidance slip. */
export function MissingComponents({ missing, onPrint }: MissingComponentsProps) {
  return (
    <div role="alert" data-testid="intake-missing">
      <Alert
        type="error"
        showIcon
        title="Chưa đủ thành phần hồ sơ bắt buộc, chưa thể tiếp nhận. Còn thiếu:"
        description={
          <ol className="intake-missing-list">
            {missing.map((m) => (
              <li key={m.code}>{m.name}</li>
            ))}
          </ol>
        }
        action={
          <Button onClick={onPrint} type="primary" ghost>
            In phiếu hướng dẫn
          </Button>
        }
      />
    </div>
  );
}
