import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The admin pages' own links (accounts, import). */
export function AdminTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.tabs')} className="subnav">
      <NavLink to="/admin/users">{t('adminUsers.title')}</NavLink>
      <NavLink to="/admin/import">{t('adminImport.title')}</NavLink>
    </nav>
  );
}
