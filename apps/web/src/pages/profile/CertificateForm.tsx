import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from './Field';
import { certificateProblems, EMPTY_CERTIFICATE, fieldErrorOf, type CertificateDraft } from './profileForm';
import { useAddCertification } from './useProfile';

const TEXT: Array<[keyof CertificateDraft, string]> = [
  ['certificateNumber', 'text'],
  ['issuer', 'text'],
  ['issuedOn', 'date'],
  ['expiresOn', 'date'],
];

/** "Agregar certificado": checked in the form (scheme given, expiry after issue) before it is sent. */
export function CertificateForm({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const [c, setC] = useState<CertificateDraft>(EMPTY_CERTIFICATE);
  const [problems, setProblems] = useState<ReturnType<typeof certificateProblems>>({});
  const [add, { loading, error, reset }] = useAddCertification();
  const apiField = fieldErrorOf(error);
  const errorFor = (k: keyof CertificateDraft) =>
    problems[k] ? t(problems[k]) : apiField?.field === k ? apiField.message : null;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = certificateProblems(c);
    setProblems(found);
    if (Object.keys(found).length) return;
    const orNull = (v: string) => v.trim() || null;
    const input = {
      scheme: c.scheme,
      certificateNumber: orNull(c.certificateNumber),
      issuer: orNull(c.issuer),
      issuedOn: orNull(c.issuedOn),
      expiresOn: orNull(c.expiresOn),
    };
    const ok = await add({ variables: { supplierId, input } }).catch(() => null);
    if (ok) setC(EMPTY_CERTIFICATE);
  };
  const set = (k: keyof CertificateDraft, v: string) => {
    setC({ ...c, [k]: v });
    reset();
  };
  return (
    <form className="cert-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="cert-add-heading">
      <h3 id="cert-add-heading" className="field-wide">
        {t('profile.cert.addHeading')}
      </h3>
      <Field label={t('supplier.scheme')} error={errorFor('scheme')}>
        {(a) => (
          <select {...a} value={c.scheme} onChange={(e) => set('scheme', e.target.value)} required>
            <option value="">{t('profile.cert.chooseScheme')}</option>
            {catalog.schemes.map((s) => (
              <option key={s.code} value={s.code}>
                {schemeLabel(s.code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {TEXT.map(([k, type]) => (
        <Field key={k} label={t(`profile.cert.${k}`)} error={errorFor(k)}>
          {(a) => <input {...a} type={type} value={c[k]} onChange={(e) => set(k, e.target.value)} />}
        </Field>
      ))}
      <ErrorAlert error={error && !apiField ? error : null} className="field-wide" />
      <div className="form-actions field-wide">
        <button type="submit" className="button" disabled={loading}>
          {t('profile.cert.add')}
        </button>
      </div>
    </form>
  );
}
