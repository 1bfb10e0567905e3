import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { ApiKeysSection } from './ApiKeysSection';
import { PreferencesSection } from './PreferencesSection';
import { WebhooksSection } from './WebhooksSection';

/** "Ajustes": any signed-in account's notification preferences, API keys and webhooks. */
export default function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  return (
    <article className="page settings-page">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.lead')}</p>
      <PreferencesSection />
      <ApiKeysSection />
      <WebhooksSection />
    </article>
  );
}
