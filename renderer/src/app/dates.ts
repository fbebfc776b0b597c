import dayjs from 'dayjs';
import 'dayjs/locale/vi';

dayjs.locale('vi');

/** The desk's date formats: dd/mm/yyyy, as on every Vietnamese administrative form. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'HH:mm DD/MM/YYYY';

/** An ISO instant from the API shown as a local date, e.g. 25/11/2026. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_FORMAT) : '';
}

/** An ISO instant from the API shown as local time and date, e.g. 09:15 25/11/2026. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_TIME_FORMAT) : '';
}
