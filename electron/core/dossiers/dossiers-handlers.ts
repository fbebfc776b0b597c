import type { Handlers } from '../api/handler-context';
import { previewIntake, receiveDossier } from './intake';
import { loadDossierDetail } from './dossier-views';
import { listDossiers } from './dossier-queue';
import { backlog } from './dossier-backlog';
import { beforeIssuingNumber } from '../backup';
import {
  acceptDossier, handOffDossier, handOverResult, markProcessed, receiveSupplement, refuseDossier,
  requestSupplement, rescheduleDossier, updateDossier, withdrawDossier,
} from './dossier-actions';

export const dossiersHandlers = {
  // A task: a restored desk reads the portal's feed before the code is taken (then one transaction).
  'dossiers.create': async (input, ctx) => {
    await beforeIssuingNumber(ctx, 'code');
    return ctx.write(() => receiveDossier(ctx, input));
  },
  'dossiers.preview': (input, ctx) => previewIntake(ctx, input),
  'dossiers.get': ({ id }, ctx) => loadDossierDetail(ctx.db, id, ctx.clock.now(), ctx.services.calendar.get(), ctx.user?.role, (id) => ctx.services.sync.isSending(id)),
  'dossiers.list': (input, ctx) => listDossiers(ctx.db, input, ctx.clock.now(), ctx.services.calendar.get(), ctx.services.catalog),
  'dossiers.backlog': (_input, ctx) => backlog(ctx.db, ctx.clock.now()),
  'dossiers.accept': (input, ctx) => acceptDossier(ctx, input),
  'dossiers.refuse': (input, ctx) => refuseDossier(ctx, input),
  'dossiers.requestSupplement': (input, ctx) => requestSupplement(ctx, input),
  'dossiers.receiveSupplement': (input, ctx) => receiveSupplement(ctx, input),
  'dossiers.handOff': (input, ctx) => handOffDossier(ctx, input),
  'dossiers.markProcessed': (input, ctx) => markProcessed(ctx, input),
  'dossiers.handOver': (input, ctx) => handOverResult(ctx, input),
  'dossiers.withdraw': (input, ctx) => withdrawDossier(ctx, input),
  'dossiers.reschedule': (input, ctx) => rescheduleDossier(ctx, input),
  'dossiers.update': (input, ctx) => updateDossier(ctx, input),
} satisfies Pick<Handlers, `dossiers.${string}` & keyof Handlers>;
