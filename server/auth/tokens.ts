// SPDX-License-Identifier: EUPL-1.2
/**
 * Random secrets and ids. Join-link tokens and session ids are 32 random bytes (base64url, 43
 * characters); only their SHA-256 hex hash is stored, so a copy of the database opens nothing.
 */
import crypto from 'node:crypto';

/** A new secret token: 256 random bits, base64url. */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

/** A new record id: 96 random bits, 16 base64url characters (also a valid workshop id). */
export const newId = (): string => crypto.randomBytes(12).toString('base64url');

/** The stored form of a token: SHA-256, hex. */
export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

/** Whether a string can be a token we issued (cheap filter before any lookup). */
export const looksLikeToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
