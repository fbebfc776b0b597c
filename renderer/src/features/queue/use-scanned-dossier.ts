/**
 * The QR code printed on Mẫu 01-03 is the dossier's code: scanned anywhere in Hàng đợi (or
 * followed from a link `#/queue?code=...`), it opens that dossier. Anything else scanned here is
 * said in a notice, never typed into the search box.
 */
import { useCallback, useEffect, useState } from 'react';
import { call, messageOf } from '../../api';
import { classifyScan, scanProblem } from '../../ui/scanner/scanned-text';
import type { ScannerBurst } from '../../ui/scanner/scanner-burst';
import { useScans } from '../../ui/scanner/use-scans';

export function useScannedDossier(open: (id: string) => void): { notice: string | null; clearNotice: () => void } {
  const [notice, setNotice] = useState<string | null>(null);

  const openByCode = useCallback(
    async (code: string) => {
      try {
        const found = await call('dossiers.list', { search: code, limit: 5 });
        const dossier = found.items.find((item) => item.code.toUpperCase() === code.toUpperCase());
        if (dossier) {
          setNotice(null);
          open(dossier.id);
        } else {
          setNotice(`Không tìm thấy hồ sơ mã ${code} trên máy này.`);
        }
      } catch (e) {
        setNotice(`Không mở được hồ sơ ${code}: ${messageOf(e)}`);
      }
    },
    [open],
  );

  const take = useCallback(
    (burst: ScannerBurst<HTMLElement>) => {
      const scanned = classifyScan(burst.text);
      if (scanned.kind === 'dossier-code') void openByCode(scanned.code);
      else setNotice(scanProblem(scanned, 'dossier-code'));
      return true;
    },
    [openByCode],
  );
  useScans(take);

  useEffect(() => {
    const fromHash = () => {
      const code = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('code');
      if (code) void openByCode(code);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [openByCode]);

  return { notice, clearNotice: useCallback(() => setNotice(null), []) };
}
