import { useMemo } from 'react';
import type { ProcedureDetail } from '../../../../shared/api/catalog';
import type { DossierPreview } from '../../../../shared/api/dossiers';
import { useDisplayPush, type TypedIntake } from '../citizen';
import type { IntakeValues } from './intake-form';

/** The intake form as the citizen display shows it, pushed as it is typed (see useDisplayPush). */
export function useIntakeDisplay(values: IntakeValues | undefined, procedure: ProcedureDetail | null, preview: DossierPreview | null, paused: boolean, showIdWhole: boolean): void {
  const chosen = procedure && values?.procedureCode === procedure.code ? procedure : null;
  const fullName = values?.applicant?.fullName?.trim() || null;
  const idNumber = values?.applicant?.idNumber?.trim() || null;
  const ticked = (values?.components ?? []).filter((c) => c.present).map((c) => c.code).join('|');
  const typed = useMemo<TypedIntake | null>(() => {
    const present = new Set(ticked.split('|'));
    return {
      procedureName: chosen?.name ?? null,
      applicantName: fullName,
      idNumber,
      showIdWhole,
      components: chosen ? chosen.components.filter((c) => present.has(c.code)).map((c) => c.name) : [],
      fee: chosen && preview && !preview.feeError ? preview.fee.total : null,
      promisedAt: chosen && preview ? preview.dueAt : null,
    };
  }, [chosen, fullName, idNumber, showIdWhole, ticked, preview]);
  useDisplayPush(typed, paused);
}
