import ExcelJS from 'exceljs';
import type { AuditExcelFile } from '../../../shared/api';
import { vnCellTime } from '../excel';
import type { HandlerContext } from '../api/handler-context';
import { auditChainHead } from './audit-chain';
import { listAudit, type AuditFilter } from './audit-query';

/** The export's ceiling: a year of a busy counter fits; more asks for a narrower filter. */
export const AUDIT_EXCEL_MAX_ROWS = 100_000;
const PAGE = 5_000;

const COLUMNS: Array<{ header: string; width: number; format?: string }> = [
  { header: 'Số dòng', width: 9 },
  { header: 'Thời gian (giờ Việt Nam)', width: 19, format: 'dd/mm/yyyy hh:mm:ss' },
  { header: 'Người dùng', width: 14 },
  { header: 'Chức năng', width: 26 },
  { header: 'Kênh', width: 8 },
  { header: 'Đối tượng', width: 12 },
  { header: 'Mã đối tượng', width: 38 },
  { header: 'Mã hồ sơ', width: 24 },
  { header: 'Trước', width: 50 },
  { header: 'Sau', width: 50 },
];

/** Excel caps a cell at 32 767 characters. */
const cell = (text: string | null) => (text && text.length > 32_000 ? `${text.slice(0, 32_000)}…` : text);

/** The filtered audit, newest first, with the chain's head and the filters on the title rows. */
export async function auditExcel(ctx: HandlerContext, filter: AuditFilter): Promise<AuditExcelFile> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Một Cửa Desk';
  const sheet = book.addWorksheet('Nhật ký hệ thống', { views: [{ state: 'frozen', ySplit: 4 }] });
  const head = auditChainHead(ctx.db);
  sheet.getCell(1, 1).value = `Nhật ký hệ thống · ${ctx.services.identity().agencyName}`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const filters = [
    filter.from && `từ ngày ${filter.from}`,
    filter.to && `đến ngày ${filter.to}`,
    filter.user && `người dùng ${filter.user}`,
    filter.method && `chức năng ${filter.method}`,
    filter.entityId && `đối tượng ${filter.entityId}`,
  ].filter(Boolean);
  sheet.getCell(2, 1).value = `Bộ lọc: ${filters.length ? filters.join(', ') : 'không'} · Xuất bởi ${ctx.user?.username ?? ''} · Đầu chuỗi: dòng ${head.id}, ${head.hash}`;
  COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    if (column.format) sheet.getColumn(index + 1).numFmt = column.format;
  });
  const header = sheet.getRow(4);
  header.values = COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  let rowNo = 5;
  let cursor: string | undefined;
  for (;;) {
    const page = listAudit(ctx.db, filter, cursor, PAGE);
    for (const item of page.items) {
      if (rowNo - 5 >= AUDIT_EXCEL_MAX_ROWS) break;
      sheet.getRow(rowNo++).values = [item.id, vnCellTime(item.at), item.username, item.method, item.transport, item.entity, item.entityId, item.dossierCode, cell(item.before), cell(item.after)];
    }
    if (!page.nextCursor || rowNo - 5 >= AUDIT_EXCEL_MAX_ROWS) break;
    cursor = page.nextCursor;
  }
  const buffer = await book.xlsx.writeBuffer();
  const day = new Date(ctx.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return { fileName: `nhat-ky-he-thong-${day}.xlsx`, contentBase64: Buffer.from(buffer).toString('base64'), rows: rowNo - 5 };
}
