import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { UsersQuery } from '../../generated/graphql';
import { useRevokeSessions, useSetUserActive } from './useAdmin';

type Action = 'active' | 'revoke';

/** Deactivate or reactivate an account, or end its sessions: each asked first, the API's refusal in the dialog. */
export function UserActions({ user }: { user: UsersQuery['users'][number] }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const [setActive, activeState] = useSetUserActive();
  const [revoke, revokeState] = useRevokeSessions();
  const [done, setDone] = useState<string | null>(null);
  const state = action === 'revoke' ? revokeState : activeState;
  const toggleKey = user.active ? 'deactivate' : 'reactivate';
  const confirm = async () => {
    const ok =
      action === 'revoke'
        ? await revoke({ variables: { userId: user.id } }).catch(() => null)
        : await setActive({ variables: { userId: user.id, active: !user.active } }).catch(() => null);
    if (!ok) return;
    setDone(t(action === 'revoke' ? 'adminUsers.revoked' : 'adminUsers.changed'));
    setAction(null);
  };
  const close = () => {
    setAction(null);
    activeState.reset();
    revokeState.reset();
  };
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t(`adminUsers.${toggleKey}`, { email: user.email })}
        onClick={() => setAction('active')}
      >
        {t(`adminUsers.${toggleKey}Confirm`)}
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('adminUsers.revoke', { email: user.email })}
        onClick={() => setAction('revoke')}
      >
        {t('adminUsers.revokeConfirm')}
      </button>
      {done && (
        <span role="status" className="muted small">
          {done}
        </span>
      )}
      <ConfirmDialog
        open={action !== null}
        title={t(action === 'revoke' ? 'adminUsers.revokeTitle' : `adminUsers.${toggleKey}Title`)}
        message={t(action === 'revoke' ? 'adminUsers.revokeMessage' : `adminUsers.${toggleKey}Message`, {
          email: user.email,
        })}
        confirmLabel={t(action === 'revoke' ? 'adminUsers.revokeConfirm' : `adminUsers.${toggleKey}Confirm`)}
        busy={state.loading}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <ErrorAlert error={state.error} />
      </ConfirmDialog>
    </div>
  );
}
