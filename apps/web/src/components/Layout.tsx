import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';
import { navFor } from './nav';
import { NotificationBell } from './notifications/NotificationBell';

/** Header (brand, main navigation for the role, language, session), then the page. */
export function Layout() {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  const location = useLocation();
  const items = navFor(session?.role ?? null);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.label')} className="nav">
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(item.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="session">
            <LanguageSwitch />
            {session ? (
              <>
                <NotificationBell />
                <span className="session-who">
                  <span className="session-email">{session.email ?? ''}</span>
                  <span className="session-role">{t(`roles.${session.role}`)}</span>
                </span>
                <button type="button" className="button button-secondary button-small" onClick={() => signOut('user')}>
                  {t('auth.signOut')}
                </button>
              </>
            ) : (
              location.pathname !== '/login' && (
                <Link
                  className="button button-small"
                  to="/login"
                  state={{ from: `${location.pathname}${location.search}` }}
                >
                  {t('auth.signInLink')}
                </Link>
              )
            )}
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
