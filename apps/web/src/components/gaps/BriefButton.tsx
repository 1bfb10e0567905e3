import { useId, useState } from 'react';
import { ApolloError, useApolloClient } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { CapabilityGapBriefDocument, type Region } from '../../generated/graphql';
import { base64ToBlob, downloadBlob } from './download';

/**
 * "Download brief": the region's PDF, made by the API in the page's language with the page's radius,
 * saved as the file the API names. Busy while it is made; the API's errors (FORBIDDEN for other roles) beside it.
 */
export function BriefButton({ region, radiusKm, label }: { region: Region; radiusKm: number; label?: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApolloError | null>(null);
  const statusId = useId();

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // Never from the cache (the brief is dated today), and not kept in it (it is megabytes of base64).
      const { data } = await client.query({
        query: CapabilityGapBriefDocument,
        variables: { region, radiusKm, language: i18n.language === 'en' ? 'EN' : 'ES' },
        fetchPolicy: 'no-cache',
      });
      const brief = data.capabilityGapBrief;
      downloadBlob(base64ToBlob(brief.base64, brief.contentType), brief.filename);
    } catch (e) {
      setError(e instanceof ApolloError ? e : new ApolloError({ errorMessage: String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="brief">
      {label && <span className="brief-label">{label}</span>}
      <button
        type="button"
        className="button"
        aria-busy={busy}
        aria-disabled={busy}
        aria-describedby={busy ? statusId : undefined}
        onClick={() => void download()}
      >
        {t('gaps.brief')}
      </button>
      <span id={statusId} role="status" className="muted small">
        {busy ? t('gaps.briefBusy') : ''}
      </span>
      <ErrorAlert
        error={error}
        overrides={{ FORBIDDEN: t('gaps.briefForbidden'), UNAUTHENTICATED: t('gaps.briefSignIn') }}
      />
    </div>
  );
}
