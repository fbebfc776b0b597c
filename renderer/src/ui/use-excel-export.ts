import { App } from 'antd';
import { useState } from 'react';
import { messageOf } from '../api';
import { downloadBase64File, XLSX_TYPE } from './download-file';

/** An .xlsx the core built, as the API answers it. */
export interface ExcelFile {
  fileName: string;
  contentBase64: string;
}

/**
 * "Xuất Excel": asks the core for the file, downloads it, and says so (or why not) in a message;
 * `exporting` is true meanwhile, for the button's spinner.
 */
export function useExcelExport(): { exporting: boolean; exportExcel: (build: () => Promise<ExcelFile>) => Promise<void> } {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const exportExcel = async (build: () => Promise<ExcelFile>) => {
    setExporting(true);
    try {
      const file = await build();
      downloadBase64File(file.fileName, file.contentBase64, XLSX_TYPE);
      void message.success(`Đã xuất ${file.fileName}.`);
    } catch (failure) {
      void message.error(messageOf(failure));
    } finally {
      setExporting(false);
    }
  };
  return { exporting, exportExcel };
}
