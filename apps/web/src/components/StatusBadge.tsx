import { useTranslation } from 'react-i18next';
import type { CertificationStatus, SourcingRequestStatus } from '../generated/graphql';

/** A certificate's status as a labelled badge (colour plus words, never colour alone). */
export function CertStatusBadge({ status }: { status: CertificationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-cert-${status.toLowerCase()}`}>{t(`certStatus.${status}`)}</span>;
}

export function RequestStatusBadge({ status }: { status: SourcingRequestStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-request-${status.toLowerCase()}`}>{t(`requestStatus.${status}`)}</span>;
}
