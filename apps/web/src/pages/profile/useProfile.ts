import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import {
  AddMyCertificationDocument,
  ConfirmMyProfileDocument,
  MyHistoryDocument,
  MyOpportunitiesDocument,
  MyProfileDocument,
  RemoveMyCertificationDocument,
  UpdateMyProfileDocument,
  type MyProfileFragment,
} from '../../generated/graphql';
import { errorCode } from '../../api/errors';
import { changedFields, draftOf, inputOf, rebaseDraft, type ProfileDraft } from './profileForm';

export function useMyProfile(id: string) {
  return useQuery(MyProfileDocument, { variables: { id } });
}

export function useMyOpportunities() {
  return useQuery(MyOpportunitiesDocument);
}

export function useMyHistory(id: string) {
  return useQuery(MyHistoryDocument, { variables: { id } });
}

/** Certificate and confirmation changes: the profile, its history and its requests are read again. */
const REFETCH = [MyProfileDocument, MyHistoryDocument, MyOpportunitiesDocument];

export function useAddCertification() {
  return useMutation(AddMyCertificationDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
}

export function useRemoveCertification() {
  return useMutation(RemoveMyCertificationDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
}

export function useConfirmProfile() {
  return useMutation(ConfirmMyProfileDocument, { refetchQueries: [MyHistoryDocument] });
}

export interface Conflict {
  version: number;
  theirs: ProfileDraft;
}

/**
 * The form's draft and the version it was loaded with. A newer version whose form fields are unchanged
 * (the supplier's own certificate or confirmation) is adopted; anything else waits for a save, which
 * then meets CONFLICT: the saved values are fetched and the draft is kept until the user chooses.
 */
export function useProfileDraft(server: MyProfileFragment) {
  const client = useApolloClient();
  const [base, setBase] = useState(() => ({ version: server.version, draft: draftOf(server) }));
  const [draft, setDraft] = useState(base.draft);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateMyProfileDocument);
  if (server.version > base.version && !changedFields(draftOf(server), base.draft).length)
    setBase({ version: server.version, draft: base.draft });

  const edit = (next: ProfileDraft) => {
    setDraft(next);
    setSaved(false);
  };
  const save = async () => {
    setSaved(false);
    const variables = { id: server.id, expectedVersion: base.version, input: inputOf(draft) };
    try {
      const r = await update({ variables });
      const now = draftOf(r.data!.updateSupplier);
      setBase({ version: r.data!.updateSupplier.version, draft: now });
      setDraft(now);
      setConflict(null);
      setSaved(true);
    } catch (e) {
      if (errorCode(e as Parameters<typeof errorCode>[0]) !== 'CONFLICT') return;
      const latest = await client.query({
        query: MyProfileDocument,
        variables: { id: server.id },
        fetchPolicy: 'network-only',
      });
      const s = latest.data.supplier;
      if (s) setConflict({ version: s.version, theirs: draftOf(s) });
    }
  };
  /** Take the saved values (the draft is dropped: the user chose it). */
  const reload = () => {
    if (!conflict) return;
    setBase({ version: conflict.version, draft: conflict.theirs });
    setDraft(conflict.theirs);
    setConflict(null);
    reset();
  };
  /** Keep what the user changed on top of the saved version (the rest takes the saved values); Save sends it. */
  const keepMine = () => {
    if (!conflict) return;
    setDraft(rebaseDraft(base.draft, draft, conflict.theirs));
    setBase({ version: conflict.version, draft: conflict.theirs });
    setConflict(null);
    reset();
  };
  return { draft, edit, save, saving: loading, error, conflict, reload, keepMine, saved };
}
