import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useLogin } from './useLogin';

interface LoginState {
  reason?: 'expired' | 'required' | 'user';
  from?: string;
}

/** The page a role lands on after signing in, unless it came from elsewhere. */
function homeFor(role: string): string {
  return role === 'OEM_BUYER' || role === 'ADMIN'
    ? '/match'
    : role === 'INVESTMENT_ANALYST'
      ? '/requests'
      : '/suppliers';
}

export default function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useLogin();
  const emailId = useId();
  const passwordId = useId();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await login({ variables: { email: email.trim(), password } }).catch(() => null);
    if (!r?.data) return;
    const session = signIn(r.data.login.token, r.data.login.role);
    const from = state.from && state.from !== '/login' ? state.from : homeFor(session.role);
    void navigate(from, { replace: true });
  };

  return (
    <section className="page page-narrow">
      <h1>{t('auth.title')}</h1>
      {state.reason === 'expired' && (
        <p role="alert" className="alert alert-warning">
          {t('auth.expired')}
        </p>
      )}
      {state.reason === 'required' && (
        <p role="alert" className="alert alert-info">
          {t('auth.required')}
        </p>
      )}
      {state.reason === 'user' && (
        <p role="status" className="alert alert-info">
          {t('auth.signedOut')}
        </p>
      )}
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor={emailId}>{t('auth.email')}</label>
          <input
            id={emailId}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('auth.password')}</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <ErrorAlert error={error} overrides={{ UNAUTHENTICATED: t('auth.badCredentials') }} />
        <button type="submit" className="button" disabled={loading}>
          {t('auth.signIn')}
        </button>
      </form>
    </section>
  );
}
