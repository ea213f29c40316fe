import { randomUUID } from 'node:crypto';
import type { PushProviderResponse, PushTemplateResponse } from '../rest/wire/push.js';
export type { PushProviderType } from '../rest/wire/push.js';
import { notFound } from './errors.js';
import { perState, type Emitted } from './state.js';

/** A configured push provider with everything upsertPushProvider sent, secrets included. */
export type PushProviderRecord = Emitted<PushProviderResponse> & {
  internal_id: string;
  apn_notification_template?: string;
};

export type PushTemplateRecord = Emitted<PushTemplateResponse>;

/** Push providers and their templates; getApp lists the providers too, so the store is shared. */
export interface PushStore {
  /** By `type/name`. */
  providers: Map<string, PushProviderRecord>;
  /** By `internal id/event type`. */
  templates: Map<string, PushTemplateRecord>;
  /** Internal ids for templates upserted without a provider name (the app-level configuration of a type). */
  appLevel: Map<string, string>;
}

export const pushStoreFor = perState<PushStore>(() => ({
  providers: new Map(),
  templates: new Map(),
  appLevel: new Map(),
}));

export const providerKey = (type: string, name: string) => `${type}/${name}`;
export const templateKey = (internalId: string, eventType: string) => `${internalId}/${eventType}`;

/** The internal id templates of a provider are stored under; 404 when a named provider is unknown. */
export function templateOwnerId(store: PushStore, type: string, name?: string): string {
  if (name) {
    const provider = store.providers.get(providerKey(type, name));
    if (!provider) throw notFound(`push provider ${type}/${name}`);
    return provider.internal_id;
  }
  let id = store.appLevel.get(type);
  if (!id) {
    id = randomUUID();
    store.appLevel.set(type, id);
  }
  return id;
}

export function templatesOf(store: PushStore, internalId: string): PushTemplateRecord[] {
  return [...store.templates.values()]
    .filter((template) => template.push_provider_internal_id === internalId)
    .sort((a, b) => (a.event_type < b.event_type ? -1 : 1));
}
