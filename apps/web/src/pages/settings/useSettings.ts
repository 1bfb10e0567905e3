import { useMutation, useQuery } from '@apollo/client';
import {
  CreateApiKeyDocument,
  CreateWebhookDocument,
  DeleteWebhookDocument,
  MyApiKeysDocument,
  MyPreferencesDocument,
  MyWebhooksDocument,
  RevokeApiKeyDocument,
  UpdateNotificationPreferencesDocument,
  WebhookDeliveriesDocument,
} from '../../generated/graphql';

/** Deliveries shown per webhook (the newest). */
export const DELIVERIES_SHOWN = 20;

export function useMyPreferences() {
  return useQuery(MyPreferencesDocument, { fetchPolicy: 'cache-and-network' });
}

export function useUpdatePreferences() {
  return useMutation(UpdateNotificationPreferencesDocument);
}

export function useApiKeys() {
  return useQuery(MyApiKeysDocument, { fetchPolicy: 'cache-and-network' });
}

export function useCreateApiKey() {
  return useMutation(CreateApiKeyDocument, { refetchQueries: [MyApiKeysDocument], awaitRefetchQueries: true });
}

export function useRevokeApiKey() {
  return useMutation(RevokeApiKeyDocument, { refetchQueries: [MyApiKeysDocument], awaitRefetchQueries: true });
}

export function useWebhooks() {
  return useQuery(MyWebhooksDocument, { fetchPolicy: 'cache-and-network' });
}

export function useWebhookDeliveries(webhookId: string) {
  return useQuery(WebhookDeliveriesDocument, {
    variables: { webhookId, first: DELIVERIES_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
}

export function useCreateWebhook() {
  return useMutation(CreateWebhookDocument, { refetchQueries: [MyWebhooksDocument], awaitRefetchQueries: true });
}

export function useDeleteWebhook() {
  return useMutation(DeleteWebhookDocument, { refetchQueries: [MyWebhooksDocument], awaitRefetchQueries: true });
}
