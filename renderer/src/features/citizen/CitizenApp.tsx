import { useEffect, useState } from 'react';
import type { RatingScore } from '../../../../shared/api/ratings';
import { call, configureClient, dispatchDeskEvent, messageOf, subscribeToEvents } from '../../api';
import { DisplayView } from './DisplayView';
import { takeDisplayToken } from './citizen-route';
import { useDisplayState } from './use-display-state';
import './citizen.css';

const CLOSED = 'Màn hình công dân đã đóng. Cán bộ mở lại từ màn hình Tiếp nhận.';

/** `#/citizen`: the screen turned to the citizen, signed in with the display token only. */
export function CitizenApp() {
  const [token] = useState(takeDisplayToken);
  const [closed, setClosed] = useState<string | null>(token ? null : 'Chưa có mã mở màn hình công dân. Cán bộ mở màn hình này từ màn hình Tiếp nhận.');
  useEffect(() => {
    configureClient({ getToken: () => token, onSessionEnded: () => setClosed(CLOSED) });
    if (!token) return;
    return subscribeToEvents({ onEvent: dispatchDeskEvent });
  }, [token]);
  const { state, error } = useDisplayState(token !== null && closed === null);
  const [rating, setRating] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const rate = (dossierId: string) => (score: RatingScore, reasons: string[]) => {
    setRating({ busy: true, error: null });
    call('ratings.record', { dossierId, score, reasons: reasons.length ? (reasons as never) : undefined }).then(
      () => setRating({ busy: false, error: null }),
      (e: unknown) => setRating({ busy: false, error: messageOf(e) }),
    );
  };

  return (
    <main className="citizen-page" data-testid="citizen-display" lang="vi">
      {closed ? (
        <div className="citizen-view citizen-idle" data-state="closed">
          <p className="citizen-title">{closed}</p>
        </div>
      ) : state ? (
        <DisplayView state={state} onRate={state.kind === 'rating' ? rate(state.dossierId) : undefined} rating={rating} qrSize={300} />
      ) : (
        <div className="citizen-view citizen-idle">
          <p className="citizen-lead">{error ?? 'Đang kết nối…'}</p>
        </div>
      )}
    </main>
  );
}
