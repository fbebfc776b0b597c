import { Alert, Button, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { messageOf } from '../api';
import { printForm, type PrintRequest } from '../print';
import './print-document-dialog.css';

/**
 * The end of an operation that has a paper to give (a cash receipt, a refusal): what was done (`children`, the figures), "Đóng", and printing its
 * document, the focused button (Enter). A failed print says why and keeps the dialog open.
 */
export function PrintDocumentDialog({
  title,
  request,
  printLabel,
  onDone,
  resultProps,
  children,
}: {
  title: string;
  request: PrintRequest;
  printLabel: string;
  onDone: () => void;
  /** The result block's test id and data-* attributes. */
  resultProps: Record<string, string | number>;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    setPrinting(true);
    setError(null);
    try {
      await printForm(request);
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : messageOf(failure));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Modal open title={title} onCancel={onDone} footer={null} width={520} destroyOnHidden>
      <div {...resultProps}>
        {children}
        {error ? <Alert type="error" showIcon role="alert" title={error} className="desk-dialog-alert" /> : null}
        <div className="desk-dialog-actions">
          <Button onClick={onDone}>Đóng</Button>
          <Button type="primary" autoFocus loading={printing} onClick={() => void print()}>
            {printLabel}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
