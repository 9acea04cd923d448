import { createHmac } from 'node:crypto';
import type { IceServer } from '@gd/schema';

/** How long TURN credentials stay valid: a long class plus margin. */
export const TURN_CREDENTIAL_TTL_SECONDS = 6 * 3600;

/**
 * coturn REST API credentials (`use-auth-secret` / `static-auth-secret`): username `<expiry>:<userId>`,
 * credential base64(HMAC-SHA1(secret, username)). Empty when no TURN server is configured.
 */
export function iceServersFor(userId: string, urls: string[], secret: string | undefined, nowMs = Date.now()): IceServer[] {
  if (urls.length === 0 || !secret) return [];
  const username = `${Math.floor(nowMs / 1000) + TURN_CREDENTIAL_TTL_SECONDS}:${userId}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return [{ urls, username, credential }];
}
