import fs from 'node:fs';
import path from 'node:path';
import type { ScannerInfo } from '../../../shared/api';
import { ProgramMissingError, ProgramTimeoutError, runProcess } from './run-process';
import { NO_SCANNER, scannerError, type ScanOptions, type ScannerDriver } from './scanner-driver';

const POWERSHELL = 'powershell.exe';
const BASE_ARGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'];

/** The scripts are constants; every value goes in through environment variables, never into the script text. */
const LIST_SCRIPT = `
$ErrorActionPreference = 'Stop'
$dm = New-Object -ComObject WIA.DeviceManager
foreach ($d in $dm.DeviceInfos) { if ($d.Type -eq 1) { Write-Output ($d.DeviceID + [char]9 + $d.Properties.Item('Name').Value) } }
`;

const SCAN_SCRIPT = `
$ErrorActionPreference = 'Stop'
$dm = New-Object -ComObject WIA.DeviceManager
$info = $null
foreach ($d in $dm.DeviceInfos) { if ($d.DeviceID -eq $env:MOTCUA_WIA_DEVICE) { $info = $d } }
if ($info -eq $null) { Write-Error 'NO_DEVICE'; exit 3 }
$device = $info.Connect()
function Set-Prop($props, $id, $value) { foreach ($p in $props) { if ($p.PropertyID -eq $id) { $p.Value = $value } } }
$feeder = $env:MOTCUA_WIA_SOURCE -eq 'feeder'
if ($feeder) { Set-Prop $device.Properties 3088 1 } else { Set-Prop $device.Properties 3088 2 }
$item = $device.Items.Item(1)
Set-Prop $item.Properties 6146 ([int]$env:MOTCUA_WIA_INTENT)
Set-Prop $item.Properties 6147 ([int]$env:MOTCUA_WIA_DPI)
Set-Prop $item.Properties 6148 ([int]$env:MOTCUA_WIA_DPI)
$png = '{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}'
$n = 0
while ($true) {
  try { $image = $item.Transfer($png) } catch {
    if ($n -gt 0 -and $_.Exception.HResult -eq -2145320957) { break }
    if ($_.Exception.HResult -eq -2145320957) { Write-Error 'PAPER_EMPTY'; exit 4 }
    throw
  }
  $n++
  $image.SaveFile((Join-Path $env:MOTCUA_WIA_DIR ('page{0:D4}.png' -f $n)))
  if (-not $feeder) { break }
}
`;

const INTENT = { color: 1, gray: 2, bw: 4 } as const;

/** Windows: WIA through PowerShell's COM bridge (nothing to install). */
export class WiaDriver implements ScannerDriver {
  readonly name = 'wia' as const;

  async available(): Promise<boolean> {
    return process.platform === 'win32';
  }

  async list(): Promise<ScannerInfo[]> {
    const result = await this.run(LIST_SCRIPT, {}, 30_000);
    return result.stdout
      .toString('utf8')
      .split(/\r?\n/)
      .filter((line) => line.includes('\t'))
      .map((line) => {
        const [id, name] = line.split('\t') as [string, string];
        return { id: `wia:${id.trim()}`, name: name.trim(), driver: 'wia' as const };
      });
  }

  async scan(deviceId: string, options: ScanOptions): Promise<Buffer[]> {
    const result = await this.run(
      SCAN_SCRIPT,
      { MOTCUA_WIA_DEVICE: deviceId, MOTCUA_WIA_SOURCE: options.source, MOTCUA_WIA_INTENT: String(INTENT[options.mode]), MOTCUA_WIA_DPI: String(options.dpi), MOTCUA_WIA_DIR: options.workDir },
      5 * 60_000,
    );
    if (result.code === 3) throw scannerError(NO_SCANNER);
    if (result.code === 4) throw scannerError('Khay nạp giấy không có tài liệu.');
    const pages = fs.readdirSync(options.workDir).filter((n) => /^page\d+\.png$/.test(n)).sort();
    if (result.code !== 0 || pages.length === 0) throw scannerError(`Không quét được qua WIA: ${result.stderr.trim().split('\n')[0] ?? ''}`);
    return pages.map((n) => fs.readFileSync(path.join(options.workDir, n)));
  }

  private async run(script: string, env: Record<string, string>, timeoutMs: number) {
    try {
      return await runProcess(POWERSHELL, [...BASE_ARGS, script], { timeoutMs, env: { ...process.env, ...env } });
    } catch (error) {
      if (error instanceof ProgramMissingError) throw scannerError('Không chạy được PowerShell để dùng máy quét WIA.');
      if (error instanceof ProgramTimeoutError) throw scannerError('Máy quét không phản hồi (quá thời gian chờ). Kiểm tra máy quét rồi thử lại.');
      throw error;
    }
  }
}
