import type { Handlers } from '../api/handler-context';
import { addToComponent } from '../attachments';
import { ScannerService } from './scanner-service';

const scannersOf = (services: { scanners?: ScannerService }) => services.scanners ?? new ScannerService();

export const scannersHandlers = {
  'scanners.list': (_input, ctx) => scannersOf(ctx.services).list(),

  'scanners.scan': async (input, ctx) => {
    const mode = input.mode ?? 'gray';
    const pages = await scannersOf(ctx.services).scan(input.scannerId, { source: input.source ?? 'flatbed', dpi: input.dpi ?? 200, mode });
    const fileName = `${input.componentCode}-quet.pdf`;
    return addToComponent(ctx, { dossierId: input.dossierId, componentCode: input.componentCode, fileName }, pages.map((bytes) => ({ bytes })), mode === 'color' ? 'color' : 'gray');
  },
} satisfies Pick<Handlers, 'scanners.list' | 'scanners.scan'>;
