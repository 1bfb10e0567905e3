import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { AdminTabs } from './AdminTabs';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import type { Role } from '../../generated/graphql';
import { RegisterUserForm } from './RegisterUserForm';
import { StaleLists } from './StaleLists';
import { UserActions } from './UserActions';
import { USERS_PAGE, useUsers } from './useAdmin';

/** "Cuentas": the accounts 20 at a time, register one, (de)activate and revoke sessions; stale data lists. */
export default function AdminUsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminUsers.title'));
  const f = useFormat();
  // cursors of the pages before this one: Previous pops, Next pushes
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [role, setRole] = useState<Role | null>(null);
  const roleId = useId();
  const after = cursors[cursors.length - 1];
  const { data, error } = useUsers(after, role);
  const users = data?.users ?? [];
  return (
    <section className="page">
      <AdminTabs />
      <h1>{t('adminUsers.title')}</h1>
      <section aria-labelledby="users-heading" className="card">
        <h2 id="users-heading">{t('adminUsers.list')}</h2>
        <div className="field users-filter">
          <label htmlFor={roleId}>{t('adminUsers.showRole')}</label>
          <select
            id={roleId}
            value={role ?? ''}
            onChange={(e) => {
              setRole((e.target.value || null) as Role | null);
              setCursors([null]);
            }}
          >
            <option value="">{t('adminUsers.allRoles')}</option>
            {(['ADMIN', 'OEM_BUYER', 'INVESTMENT_ANALYST', 'SUPPLIER'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <ErrorAlert error={error} />
        <TableScroll label={t('adminUsers.list')}>
          <table className="table" aria-labelledby="users-heading">
            <thead>
              <tr>
                <th scope="col">{t('adminUsers.email')}</th>
                <th scope="col">{t('adminUsers.role')}</th>
                <th scope="col">{t('adminUsers.belongsTo')}</th>
                <th scope="col">{t('adminUsers.state')}</th>
                <th scope="col">{t('adminUsers.created')}</th>
                <th scope="col">{t('adminUsers.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.email}</th>
                  <td>{t(`roles.${u.role}`)}</td>
                  <td>{u.oem ?? u.supplierId ?? '—'}</td>
                  <td>{u.active ? t('adminUsers.active') : t('adminUsers.inactive')}</td>
                  <td>{f.date(u.createdAt)}</td>
                  <td>
                    <UserActions user={u} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={cursors.length < 2}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            {t('adminUsers.previous')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={users.length < USERS_PAGE}
            onClick={() => setCursors([...cursors, users[users.length - 1].cursor])}
          >
            {t('adminUsers.next')}
          </button>
        </div>
      </section>
      <RegisterUserForm />
      <StaleLists />
    </section>
  );
}
