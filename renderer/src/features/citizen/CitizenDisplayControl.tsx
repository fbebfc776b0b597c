import { Button, Checkbox, Tooltip } from 'antd';
import { useState } from 'react';
import { call, messageOf } from '../../api';
import { DisplayView } from './DisplayView';
import { citizenDisplayUrl } from './citizen-route';
import { useCitizenDisplay } from './citizen-display-store';
import { useDisplayState } from './use-display-state';
import './citizen.css';

/**
 * "Màn hình công dân": opens the citizen display in a second window (display.open) or closes it,
 * and shows a small copy of what the citizen sees.
 */
export function CitizenDisplayControl({ showIdWhole, onShowIdWhole }: { showIdWhole: boolean; onShowIdWhole: (whole: boolean) => void }) {
  const displayToken = useCitizenDisplay((state) => state.displayToken);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { state } = useDisplayState(displayToken !== null);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const { displayToken: token } = await call('display.open');
      useCitizenDisplay.getState().opened(token);
      window.open(citizenDisplayUrl(token), 'motcua-citizen', 'popup,width=1024,height=600,noopener');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const close = async () => {
    setBusy(true);
    try {
      await call('display.close');
      useCitizenDisplay.getState().closed();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="citizen-control" aria-label="Màn hình công dân" data-testid="citizen-control">
      <div className="citizen-control-bar">
        <Tooltip title="Màn hình thứ hai quay về phía công dân: công dân xem lại thông tin, nhận mã hồ sơ và đánh giá.">
          <Button size="small" onClick={() => void (displayToken ? close() : open())} loading={busy}>
            {displayToken ? 'Đóng màn hình công dân' : 'Màn hình công dân'}
          </Button>
        </Tooltip>
        {displayToken ? (
          <Checkbox checked={showIdWhole} onChange={(e) => onShowIdWhole(e.target.checked)}>
            Hiện đủ số giấy tờ
          </Checkbox>
        ) : null}
      </div>
      {error ? <p role="alert" className="citizen-control-error">{error}</p> : null}
      {displayToken && state ? (
        <div className="citizen-mirror" data-testid="citizen-mirror" aria-label="Bản thu nhỏ màn hình công dân">
          <div className="citizen-mirror-inner">
            <DisplayView state={state} qrSize={200} />
          </div>
        </div>
      ) : null}
    </aside>
  );
}
