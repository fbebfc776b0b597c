import { Tag } from 'antd';
import type { IndicatorFilter } from '../../../../shared/api';
import { vnDayText } from '../../ui/vietnam-time';


/** What the flags of a figure's list mean, in the words of Giám sát. */
const FLAGS: Array<[keyof IndicatorFilter, string, string]> = [
  ['late', 'trễ hạn', 'đúng hạn'],
  ['finished', 'đã xử lý xong trong kỳ', 'chưa xử lý xong trong kỳ'],
  ['digitised', 'đã số hoá', 'chưa số hoá'],
  ['offeredOnline', 'thủ tục có dịch vụ trực tuyến', 'thủ tục không có dịch vụ trực tuyến'],
  ['filedOnline', 'nộp trực tuyến', 'không nộp trực tuyến'],
  ['feeBearing', 'có phí, lệ phí', 'không có phí, lệ phí'],
  ['paidOnline', 'thanh toán trực tuyến', 'không thanh toán trực tuyến'],
  ['rated', 'công dân đã đánh giá', 'chưa được đánh giá'],
  ['satisfied', 'đánh giá hài lòng', 'đánh giá chưa hài lòng'],
];

export function describeIndicatorFilter(filter: IndicatorFilter): string {
  const parts = FLAGS.filter(([key]) => filter[key] !== undefined).map(([key, yes, no]) => (filter[key] ? yes : no));
  return `Chỉ số QĐ 766 từ ${vnDayText(filter.from)} đến ${vnDayText(filter.to)}: hồ sơ tính trong kỳ${parts.length ? `, ${parts.join(', ')}` : ''}`;
}

/** The queue narrowed to a figure's dossiers (opened from Giám sát), with a way back to the whole queue. */
export function IndicatorFilterTag({ filter, onClear }: { filter: IndicatorFilter; onClear: () => void }) {
  return (
    <div className="queue-indicator-filter" data-testid="queue-indicator-filter">
      <Tag color="geekblue" closable onClose={onClear} closeIcon={<span aria-label="Bỏ lọc theo chỉ số">×</span>}>
        {describeIndicatorFilter(filter)}
      </Tag>
    </div>
  );
}
