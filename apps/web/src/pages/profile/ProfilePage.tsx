import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { CertificatesSection } from './CertificatesSection';
import { CertificationCase } from './CertificationCase';
import { ConfirmSection } from './ConfirmSection';
import { HistorySection } from './HistorySection';
import { OpportunitiesSection } from './OpportunitiesSection';
import { ProfileForm } from './ProfileForm';
import { useMyProfile } from './useProfile';

/** "Mi perfil": the SUPPLIER account's own profile (the route admits SUPPLIER accounts only). */
export default function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const { session } = useAuth();
  const id = session?.supplierId ?? '';
  const { data, loading, error } = useMyProfile(id);
  const s = data?.supplier;
  if (!id)
    return (
      <section className="page">
        <h1>{t('profile.title')}</h1>
        <p role="alert">{t('profile.noProfile')}</p>
      </section>
    );
  if (loading && !s) return <Loading />;
  if (!s)
    return (
      <section className="page">
        <h1>{t('profile.title')}</h1>
        <ErrorAlert error={error} />
      </section>
    );
  return (
    <article className="page profile-page">
      <h1>{t('profile.title')}</h1>
      <p className="muted">
        {t('profile.lead', { name: s.name })} <Link to={`/suppliers/${s.id}`}>{t('profile.public')}</Link>
      </p>
      <ConfirmSection supplier={s} />
      {/* keyed by id: the form keeps its own draft across the profile's later versions */}
      <ProfileForm key={s.id} supplier={s} />
      <CertificatesSection supplier={s} />
      <CertificationCase supplier={s} />
      <OpportunitiesSection />
      <HistorySection supplierId={s.id} />
    </article>
  );
}
