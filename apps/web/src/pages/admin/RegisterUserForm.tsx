import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlants } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Role } from '../../generated/graphql';
import { Field } from '../profile/Field';
import { fieldErrorOf } from '../profile/profileForm';
import { useRegisterUser } from './useAdmin';

const ROLES: Role[] = ['OEM_BUYER', 'SUPPLIER', 'INVESTMENT_ANALYST', 'ADMIN'];

/** Register an account: a buyer names its OEM, a supplier account the profile it may edit. */
export function RegisterUserForm() {
  const { t } = useTranslation();
  const { plants } = usePlants();
  const oems = useMemo(() => [...new Set(plants.map((p) => p.oem))].sort(), [plants]);
  const [v, setV] = useState({ email: '', password: '', role: 'OEM_BUYER' as Role, oem: '', supplierId: '' });
  const [register, { loading, error, data, reset }] = useRegisterUser();
  const apiField = fieldErrorOf(error);
  const errorFor = (k: string) => (apiField?.field === k ? apiField.message : null);
  const set = (patch: Partial<typeof v>) => {
    setV({ ...v, ...patch });
    reset();
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      email: v.email.trim(),
      password: v.password,
      role: v.role,
      oem: v.role === 'OEM_BUYER' ? v.oem : undefined,
      supplierId: v.role === 'SUPPLIER' ? v.supplierId.trim() : undefined,
    };
    const ok = await register({ variables: { input } }).catch(() => null);
    if (ok) setV({ ...v, email: '', password: '' });
  };
  return (
    <section aria-labelledby="register-heading" className="card">
      <h2 id="register-heading">{t('adminUsers.register')}</h2>
      <form className="register-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field label={t('adminUsers.email')} error={errorFor('email')}>
          {(a) => <input {...a} type="email" value={v.email} onChange={(e) => set({ email: e.target.value })} />}
        </Field>
        <Field label={t('adminUsers.password')} error={errorFor('password')}>
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="new-password"
              value={v.password}
              onChange={(e) => set({ password: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('adminUsers.role')} error={errorFor('role')}>
          {(a) => (
            <select {...a} value={v.role} onChange={(e) => set({ role: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {v.role === 'OEM_BUYER' && (
          <Field label={t('adminUsers.oem')} error={errorFor('oem')}>
            {(a) => (
              <select {...a} value={v.oem} onChange={(e) => set({ oem: e.target.value })}>
                <option value="">{t('adminUsers.chooseOem')}</option>
                {oems.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        {v.role === 'SUPPLIER' && (
          <Field label={t('adminUsers.supplierId')} error={errorFor('supplierId')}>
            {(a) => <input {...a} value={v.supplierId} onChange={(e) => set({ supplierId: e.target.value })} />}
          </Field>
        )}
        <ErrorAlert error={error && !apiField ? error : null} className="field-wide" />
        <div className="form-actions field-wide">
          <button type="submit" className="button" disabled={loading}>
            {t('adminUsers.registerSubmit')}
          </button>
          {data && <p role="status">{t('adminUsers.registered')}</p>}
        </div>
      </form>
    </section>
  );
}
