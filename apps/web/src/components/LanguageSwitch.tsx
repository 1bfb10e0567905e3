import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { currentLanguage, setLanguage } from '../i18n/i18n';

/** Offers the other language ("English" on Spanish pages, "Español" on English ones). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const next = currentLanguage() === 'es' ? 'en' : 'es';
  const onClick = () => {
    setLanguage(next);
    const params = new URLSearchParams(location.search);
    if (params.has('lang')) {
      params.set('lang', next);
      void navigate(
        { pathname: location.pathname, search: `?${params}` },
        { replace: true, state: location.state as unknown },
      );
    }
  };
  return (
    <button type="button" className="button-link lang-switch" lang={next === 'en' ? 'en' : 'es-MX'} onClick={onClick}>
      {t('language.switchTo')}
    </button>
  );
}
