import type { SettingsStore } from './settings-store';

/** Which agency and counter this desk is: deployment settings, set by flags or the admin. */
export interface DeskIdentity {
  agencyId: string;
  agencyName: string;
  counter: number;
  training: boolean;
}

export const DEFAULT_IDENTITY: DeskIdentity = {
  agencyId: '000.00.00.H56',
  agencyName: 'UBND Phường Tập Huấn',
  counter: 1,
  training: true,
};

/** A production desk never prints the training ward's name on a citizen's receipt: this says what to set instead. */
export const UNNAMED_AGENCY = 'Chưa đặt tên cơ quan (Cài đặt → Kết nối cổng dịch vụ công)';

function productionWithTrainingName(current: DeskIdentity, options: Partial<DeskIdentity>): boolean {
  const training = options.training ?? current.training;
  return !training && current.agencyName === DEFAULT_IDENTITY.agencyName;
}

export function readIdentity(settings: SettingsStore): DeskIdentity {
  return settings.get<DeskIdentity>('identity', DEFAULT_IDENTITY);
}

/** Options given at start (host flags) win and are remembered. */
export function applyIdentityOptions(settings: SettingsStore, options: Partial<DeskIdentity>): DeskIdentity {
  const current = readIdentity(settings);
  const next: DeskIdentity = {
    agencyId: options.agencyId ?? current.agencyId,
    agencyName: options.agencyName ?? (productionWithTrainingName(current, options) ? UNNAMED_AGENCY : current.agencyName),
    counter: options.counter ?? current.counter,
    training: options.training ?? current.training,
  };
  if (JSON.stringify(next) !== JSON.stringify(current)) settings.set('identity', next);
  return next;
}
