import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { usePlants } from '../../catalog/useCatalog';
import { CriteriaFields } from '../../components/criteria/CriteriaFields';
import { criteriaFromParams, matchInputOf, type Criteria } from '../../components/criteria/criteria';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useCreateRequest } from './useCreateRequest';

/** "Nueva solicitud": a sourcing request from a ranking query (prefilled from /match's URL). */
export default function RequestNewPage() {
  const { t } = useTranslation();
  usePageTitle(t('requestNew.title'));
  const navigate = useNavigate();
  const { session } = useAuth();
  const [params] = useSearchParams();
  const { plants: all } = usePlants();
  // A buyer opens requests for its own OEM's plants only.
  const plants = useMemo(
    () =>
      session?.role === 'OEM_BUYER' && session.oem
        ? all.filter((p) => p.oem.toLowerCase() === session.oem!.toLowerCase())
        : all,
    [all, session],
  );
  const [criteria, setCriteria] = useState<Criteria>(() => criteriaFromParams(params));
  const [volume, setVolume] = useState('');
  const [create, { loading, error }] = useCreateRequest();
  const volumeId = useId();
  const [incomplete, setIncomplete] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const input = matchInputOf(criteria);
    setIncomplete(!input);
    if (!input) return;
    const annual = volume.trim() ? Math.trunc(Number(volume)) : undefined;
    const r = await create({
      variables: {
        input: {
          plantId: input.plantId,
          process: input.process,
          requiredCertifications: input.requiredCertifications,
          preferredCertifications: input.preferredCertifications,
          maxDistanceKm: input.maxDistanceKm,
          annualVolume: annual,
        },
      },
    }).catch(() => null);
    if (r?.data) void navigate(`/requests/${r.data.createSourcingRequest.id}`);
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/requests">{t('requests.back')}</Link>
      </p>
      <h1>{t('requestNew.title')}</h1>
      <form className="criteria criteria-wide card" onSubmit={(e) => void onSubmit(e)}>
        <CriteriaFields value={criteria} onChange={setCriteria} plants={plants} />
        <div className="field">
          <label htmlFor={volumeId}>{t('requestNew.volume')}</label>
          <input
            id={volumeId}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={volume}
            onChange={(e) => setVolume(e.target.value)}
          />
        </div>
        {incomplete && (
          <p role="alert" className="alert alert-error field-wide">
            {t('requestNew.incomplete')}
          </p>
        )}
        <ErrorAlert error={error} className="field-wide" />
        <div className="form-actions field-wide">
          <button type="submit" className="button" disabled={loading}>
            {t('requestNew.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
