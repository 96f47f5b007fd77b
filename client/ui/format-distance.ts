import type { TFunction } from 'i18next';
import type { ShownDistance } from '../../shared/geo/public-distance';
import type { Language } from './format';

function kilometres(km: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: 1,
  }).format(km);
}

/** "20,1 km bort", "ca 7 km bort", "under 5 km bort": as precise as the server let the caller know. */
export function formatDistance(distance: ShownDistance, language: Language, t: TFunction): string {
  const formatted = kilometres(distance.km, language);
  return t(`search.distance.${distance.precision}`, { distance: formatted });
}

export function formatKilometres(km: number, language: Language): string {
  return kilometres(km, language);
}
