import { useMutation, useQuery } from '@apollo/client';
import { MarkNotificationsReadDocument, MyNotificationsDocument } from '../../generated/graphql';

/** How often the bell asks for new notifications while the tab is open. */
const POLL_MS = 30_000;
const SHOWN = 10;

/** The signed-in user's latest notifications and unread count, refreshed every 30 s; marking read refetches. */
export function useNotifications(signedIn: boolean) {
  const query = useQuery(MyNotificationsDocument, {
    variables: { first: SHOWN },
    skip: !signedIn,
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const [mark, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [MyNotificationsDocument],
  });
  const items = query.data?.notifications.edges.map((e) => e.node) ?? [];
  return {
    items,
    unread: query.data?.notifications.unreadCount ?? 0,
    error: query.error ?? marking.error,
    markRead: (ids: string[]) => (ids.length ? mark({ variables: { ids } }) : undefined),
    marking: marking.loading,
  };
}
