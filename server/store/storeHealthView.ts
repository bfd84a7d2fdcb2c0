// SPDX-License-Identifier: EUPL-1.2
/** How /api/health shows the document store's health. */
import type { StoreHealthView } from '../../shared/api.js';
import type { DocStoreHealth } from './docStore.js';

/** The public view of the store's health: counts only, never document names. */
export function storeHealthView(health: DocStoreHealth, now = Date.now()): StoreHealthView {
  if (health.state === 'ok') return { status: 'ok' };
  return { status: 'failing', failingSeconds: Math.round((now - health.since) / 1000), unwrittenUpdates: health.unwrittenUpdates, documents: health.documents.length };
}
