import { AutoComplete, Button, DatePicker, Input, Select, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { forwardRef, useEffect, useState } from 'react';
import type { ProcedureSummary } from '../../../../shared/api';
import { STATUS_NAMES, type DossierStatus } from '../../../../shared/dossier-status';
import { foldVietnamese } from '../../../../shared/text';
import { call } from '../../api';
import { DATE_FORMAT } from '../../ui/vietnam-time';
import { IndicatorFilterTag } from './IndicatorFilterTag';
import { EMPTY_FILTERS, useQueueFilters, type DueFilter } from './queue-filters-store';

const STATUS_OPTIONS = (Object.keys(STATUS_NAMES) as unknown as DossierStatus[]).map((code) => ({
  value: Number(code),
  label: `${code}. ${STATUS_NAMES[code]}`,
}));

const DUE_OPTIONS: Array<{ value: DueFilter; label: string }> = [
  { value: 'today', label: 'Đến hạn hôm nay' },
  { value: 'overdue', label: 'Quá hạn' },
  { value: 'soon', label: 'Sắp đến hạn (4 giờ làm việc)' },
];

/** The procedures of the catalogue and the officers seen in the backlog, for the pickers. */
function usePickerOptions() {
  const [procedures, setProcedures] = useState<ProcedureSummary[]>([]);
  const [officers, setOfficers] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    let current = true;
    call('catalog.list').then(
      (list) => current && setProcedures(list),
      () => {},
    );
    call('dossiers.backlog').then(
      (backlog) => current && setOfficers(backlog.byOfficer.map((o) => ({ value: o.username, label: `${o.fullName} (${o.username})` }))),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);
  return { procedures, officers };
}

/** The search box and filters above the queue. */
export const QueueFilterBar = forwardRef<InputRef, { total: number; more: boolean }>(function QueueFilterBar({ total, more }, searchRef) {
  const filters = useQueueFilters((state) => state.filters);
  const { setFilters, replaceFilters } = useQueueFilters.getState();
  const { procedures, officers } = usePickerOptions();
  const active =
    filters.status.length > 0 || filters.due || filters.procedureCode || filters.officer || filters.receivedFrom || filters.receivedTo || filters.search || filters.indicator;

  return (
    <div className="queue-filters" role="search" aria-label="Lọc hồ sơ">
      <div className="queue-filters-top">
        <Input.Search
          ref={searchRef}
          className="queue-search"
          aria-label="Tìm hồ sơ"
          placeholder="Tìm hồ sơ: mã, tên người nộp (không cần dấu), số giấy tờ hoặc điện thoại"
          allowClear
          value={filters.search}
          onChange={(event) => setFilters({ search: event.target.value })}
          suffix={<kbd className="queue-search-key">/</kbd>}
        />
        <span className="queue-count" aria-live="polite">
          {total} hồ sơ{more ? '+' : ''}
        </span>
        <Button onClick={() => replaceFilters(EMPTY_FILTERS)} disabled={!active}>
          Xóa bộ lọc
        </Button>
      </div>
      {filters.indicator ? <IndicatorFilterTag filter={filters.indicator} onClear={() => setFilters({ indicator: null })} /> : null}
      <div className="queue-filters-grid">
        <label className="queue-filter">
          <span>Trạng thái</span>
          <Select
            mode="multiple"
            aria-label="Trạng thái"
            placeholder="Tất cả"
            maxTagCount={1}
            maxTagTextLength={13}
            allowClear
            options={STATUS_OPTIONS}
            value={filters.status}
            onChange={(status: number[]) => setFilters({ status })}
          />
        </label>
        <label className="queue-filter">
          <span>Hạn xử lý</span>
          <Select
            aria-label="Hạn xử lý"
            placeholder="Tất cả"
            allowClear
            options={DUE_OPTIONS}
            value={filters.due ?? undefined}
            onChange={(due?: DueFilter) => setFilters({ due: due ?? null })}
          />
        </label>
        <label className="queue-filter queue-filter-wide">
          <span>Thủ tục</span>
          <Select
            aria-label="Thủ tục"
            placeholder="Tất cả thủ tục"
            allowClear
            showSearch={{
              filterOption: (input, option) =>
                foldVietnamese(`${option?.value ?? ''} ${String(option?.label ?? '')}`).includes(foldVietnamese(input)),
            }}
            popupMatchSelectWidth={520}
            options={procedures.map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
            value={filters.procedureCode ?? undefined}
            onChange={(code?: string) => setFilters({ procedureCode: code ?? null })}
          />
        </label>
        <label className="queue-filter">
          <span>Cán bộ tiếp nhận</span>
          <AutoComplete
            aria-label="Cán bộ tiếp nhận"
            placeholder="Tên đăng nhập"
            allowClear
            options={officers}
            value={filters.officer}
            onChange={(officer: string) => setFilters({ officer: officer ?? '' })}
          />
        </label>
        <label className="queue-filter">
          <span>Ngày tiếp nhận từ</span>
          <DatePicker
            aria-label="Ngày tiếp nhận từ"
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            value={filters.receivedFrom ? dayjs(filters.receivedFrom) : null}
            onChange={(value) => setFilters({ receivedFrom: value ? value.format('YYYY-MM-DD') : null })}
          />
        </label>
        <label className="queue-filter">
          <span>đến</span>
          <DatePicker
            aria-label="Ngày tiếp nhận đến"
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            value={filters.receivedTo ? dayjs(filters.receivedTo) : null}
            onChange={(value) => setFilters({ receivedTo: value ? value.format('YYYY-MM-DD') : null })}
          />
        </label>
      </div>
    </div>
  );
});
