import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../format/format';
import type { MyProfileFragment } from '../../generated/graphql';
import { isStale, STALE_AFTER_DAYS, todayIso } from './profileForm';
import { useConfirmProfile } from './useProfile';

/** "Confirmar perfil": when it was last confirmed, and a banner when that is over 180 days ago. */
export function ConfirmSection({ supplier }: { supplier: MyProfileFragment }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [confirm, { loading, error }] = useConfirmProfile();
  const at = supplier.profileConfirmedAt;
  return (
    <section aria-labelledby="confirm-heading" className="card">
      <h2 id="confirm-heading">{t('profile.confirmHeading')}</h2>
      {isStale(at, todayIso()) && (
        <p className="alert alert-warning">{t('profile.staleBanner', { days: STALE_AFTER_DAYS })}</p>
      )}
      <p>
        {t('supplier.confirmed')}:{' '}
        <strong data-testid="confirmed-at">{at ? f.dateTime(at) : t('supplier.neverConfirmed')}</strong>
      </p>
      <button
        type="button"
        className="button"
        disabled={loading}
        onClick={() => void confirm({ variables: { id: supplier.id } }).catch(() => null)}
      >
        {t('profile.confirm')}
      </button>
      <ErrorAlert error={error} />
    </section>
  );
}
