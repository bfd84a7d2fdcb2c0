// SPDX-License-Identifier: EUPL-1.2
/** Vitest global setup: builds the client once (when stale) before browser tests run in parallel. */
import { buildClientIfStale } from '../../scripts/clientBuild.mjs';

/** Builds dist/client if any client or shared source is newer than the build. */
export default function setup() {
  buildClientIfStale({ quiet: true });
}
