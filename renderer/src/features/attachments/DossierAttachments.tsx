import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { DossierDetail } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { AttachmentsPanel } from './AttachmentsPanel';

/** The attachments panel for a dossier known only by its id (right after intake): loads its components first. */
export function DossierAttachments({ dossierId }: { dossierId: string }) {
  const [components, setComponents] = useState<DossierDetail['components'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    call('dossiers.get', { id: dossierId }).then(
      (dossier) => current && setComponents(dossier.components),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [dossierId]);
  if (error) return <Alert type="error" showIcon role="alert" title={`Không tải được thành phần hồ sơ: ${error}`} />;
  if (!components) return <Spin size="small" />;
  return <AttachmentsPanel dossierId={dossierId} components={components} />;
}
