// SPDX-License-Identifier: EUPL-1.2
/** Ids of broadcast messages: 12 random bytes, base64url, so a client can tell a new message from a repeated text. */
import crypto from 'node:crypto';

/** A new message id. */
export const newMessageId = (): string => 'm_' + crypto.randomBytes(12).toString('base64url');
