import { useState } from 'react';
import type { DisplayState } from '../../../../shared/api/display';
import { RATING_REASONS, RATING_SCORE_NAMES, type RatingScore } from '../../../../shared/api/ratings';
import { formatVnd } from '../../../../shared/money';
import { dueTimeText } from '../../ui/vietnam-time';
import { TrackingQr } from './TrackingQr';

interface DisplayViewProps {
  state: DisplayState;
  /** The citizen's own screen: the rating's buttons work. The officer's small copy has none. */
  onRate?: (score: RatingScore, reasons: string[]) => void;
  rating?: { busy: boolean; error: string | null };
  qrSize?: number;
}

const SCORES: RatingScore[] = ['satisfied', 'neutral', 'dissatisfied'];
const SCORE_FACES: Record<RatingScore, string> = { satisfied: '😊', neutral: '😐', dissatisfied: '☹️' };

/** What the citizen sees: the same drawing on the citizen display and, small, on the officer's screen. */
export function DisplayView({ state, onRate, rating, qrSize = 260 }: DisplayViewProps) {
  switch (state.kind) {
    case 'idle':
      return (
        <div className="citizen-view citizen-idle" data-state="idle">
          <p className="citizen-title">Bộ phận Một cửa xin kính chào Quý khách</p>
          <p className="citizen-lead">Quý khách có thể nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia: dichvucong.gov.vn</p>
        </div>
      );
    case 'intake':
      return (
        <div className="citizen-view citizen-intake" data-state="intake">
          <p className="citizen-heading">Quý khách vui lòng kiểm tra thông tin</p>
          <dl className="citizen-facts">
            <dt>Thủ tục</dt>
            <dd data-testid="citizen-procedure">{state.procedureName ?? '—'}</dd>
            <dt>Họ và tên</dt>
            <dd data-testid="citizen-name">{state.applicantName ?? '—'}</dd>
            <dt>Số giấy tờ</dt>
            <dd data-testid="citizen-id">{state.idNumber ?? '—'}</dd>
            <dt>Phí, lệ phí</dt>
            <dd data-testid="citizen-fee">{state.fee === null ? '—' : state.fee === 0 ? 'Miễn phí' : formatVnd(state.fee)}</dd>
            <dt>Ngày hẹn trả</dt>
            <dd data-testid="citizen-due">{state.promisedAt ? dueTimeText(state.promisedAt) : '—'}</dd>
          </dl>
          {state.components.length ? (
            <div className="citizen-components">
              <p className="citizen-subheading">Giấy tờ đã nhận ({state.components.length})</p>
              <ul data-testid="citizen-components">
                {state.components.map((name, i) => (
                  <li key={i}>{name}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      );
    case 'saved':
      return (
        <div className="citizen-view citizen-saved" data-state="saved">
          <div className="citizen-saved-text">
            <p className="citizen-heading">Hồ sơ đã được tiếp nhận</p>
            <p className="citizen-label">Mã hồ sơ</p>
            <p className="citizen-code" data-testid="citizen-code">
              {state.code}
            </p>
            <p className="citizen-lead">{state.procedureName}</p>
            <p className="citizen-lead">
              {state.trackingUrl ? 'Quét mã QR bằng điện thoại để theo dõi hồ sơ trên Cổng dịch vụ công.' : 'Tra cứu hồ sơ bằng mã này trên Cổng dịch vụ công.'}
            </p>
          </div>
          {state.trackingUrl ? <TrackingQr url={state.trackingUrl} size={qrSize} /> : null}
        </div>
      );
    case 'rating':
      return <RatingView state={state} onRate={onRate} rating={rating} />;
    case 'thanks':
      return (
        <div className="citizen-view citizen-thanks" data-state="thanks">
          <p className="citizen-title">Cảm ơn Quý khách đã đánh giá!</p>
          <p className="citizen-lead">Ý kiến của Quý khách giúp chúng tôi phục vụ tốt hơn.</p>
        </div>
      );
  }
}

function RatingView({ state, onRate, rating }: { state: Extract<DisplayState, { kind: 'rating' }>; onRate?: DisplayViewProps['onRate']; rating?: DisplayViewProps['rating'] }) {
  const [reasonsFor, setReasonsFor] = useState<string | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const askingReasons = reasonsFor === state.dossierId;
  const disabled = !onRate || rating?.busy;
  return (
    <div className="citizen-view citizen-rating" data-state="rating">
      <p className="citizen-heading">Quý khách có hài lòng với việc giải quyết hồ sơ?</p>
      <p className="citizen-lead">
        Hồ sơ {state.code} · {state.handedOver ? 'đã trả kết quả' : 'không được tiếp nhận'}
      </p>
      {askingReasons ? (
        <div className="citizen-reasons" role="group" aria-label="Lý do không hài lòng">
          {RATING_REASONS.map((reason) => (
            <label key={reason} className="citizen-reason">
              <input type="checkbox" checked={reasons.includes(reason)} onChange={(e) => setReasons((list) => (e.target.checked ? [...list, reason] : list.filter((r) => r !== reason)))} />
              {reason}
            </label>
          ))}
          <button type="button" className="citizen-score citizen-score-dissatisfied" disabled={disabled} onClick={() => onRate?.('dissatisfied', reasons)}>
            Gửi đánh giá
          </button>
        </div>
      ) : (
        <div className="citizen-scores">
          {SCORES.map((score) => (
            <button
              key={score}
              type="button"
              className={`citizen-score citizen-score-${score}`}
              disabled={disabled}
              onClick={() => (score === 'dissatisfied' ? setReasonsFor(state.dossierId) : onRate?.(score, []))}
            >
              <span className="citizen-face" aria-hidden>
                {SCORE_FACES[score]}
              </span>
              {RATING_SCORE_NAMES[score]}
            </button>
          ))}
        </div>
      )}
      {rating?.error ? (
        <p role="alert" className="citizen-error">
          {rating.error}
        </p>
      ) : null}
    </div>
  );
}
