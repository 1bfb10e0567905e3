// A match's reasons in the page's language, from the API's `explanation` (kind and figures): the
// API's `reasons` say the same in English only.
import type { TFunction } from 'i18next';
import { schemeLabel } from '../../catalog/useCatalog';
import type { Formatters } from '../../format/format';
import type { MatchRowFragment } from '../../generated/graphql';

export type Reason = MatchRowFragment['explanation'][number];

/** A valid certificate: "IATF 16949 vigente hasta 1 may 2027 (requerida)". */
function certificate(r: Reason, t: TFunction, f: Formatters, processName: (code: string) => string): string {
  const name = schemeLabel(r.scheme ?? '');
  const validity =
    r.expiresOn == null
      ? t('reason.validNoExpiry', { name })
      : t(r.expiringSoon ? 'reason.expiresSoon' : 'reason.validUntil', { name, date: f.date(r.expiresOn) });
  if (r.role === 'REQUIRED' || r.role === 'PREFERRED') return `${validity} ${t(`reason.role.${r.role}`)}`;
  if (r.role === 'ASSESSMENT')
    return `${validity} ${t('reason.role.ASSESSMENT', { process: processName(r.process ?? '') })}`;
  return validity;
}

export function reasonLabel(r: Reason, t: TFunction, f: Formatters, processName: (code: string) => string): string {
  switch (r.kind) {
    case 'DISTANCE':
      return t('reason.distance', {
        km: f.km(Math.round(r.km ?? 0)),
        plant: r.plantName ?? '',
        hours: f.hours(r.hours ?? 0),
      });
    case 'CERTIFICATE_VALID':
      return certificate(r, t, f, processName);
    case 'CERTIFICATE_MISSING':
      return t('reason.missingPreferred', { name: schemeLabel(r.scheme ?? '') });
    case 'NO_IATF_ISO_VALID':
      return `${t('reason.noIatf')}; ${certificate(r, t, f, processName)}`;
    case 'NO_IATF':
      return t('reason.noIatf');
    case 'NO_IATF_OR_ISO':
      return t('reason.noIatfOrIso');
    case 'MATERIALS':
      return t('reason.materials', { materials: (r.materials ?? []).join(', ') });
    case 'NO_MATERIALS':
      return t('reason.noMaterials');
    case 'NOTES_PROVIDED':
      return t('reason.notes');
    case 'NEVER_CONFIRMED':
      return t('reason.neverConfirmed');
    case 'CONFIRMED': {
      const months = r.months ?? 0;
      if (months >= 12) return t('reason.notConfirmedIn', { count: months });
      return months === 0 ? t('reason.confirmedThisMonth') : t('reason.confirmedAgo', { count: months });
    }
    default:
      return r.text;
  }
}
