import {
  isLiveRole,
  MEDIA_TOKEN_ALGORITHM,
  MEDIA_TOKEN_AUDIENCE,
  type JoinTokenClaims,
  type LiveErrorCode,
} from '@gd/schema';
import { errors, jwtVerify } from 'jose';

/** Refusal of a join token; `code` goes to the client as `connect_error.data.code`. */
export class JoinTokenError extends Error {
  constructor(
    readonly code: Extract<LiveErrorCode, 'live/unauthorized' | 'live/token_expired'>,
    message: string,
  ) {
    super(message);
    this.name = 'JoinTokenError';
  }
}

/** Small skew allowance between the GraphQL server's clock and ours. */
const CLOCK_TOLERANCE_SECONDS = 5;

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Verifies a join token minted by the GraphQL server (HS256, `aud: gd-media`) and returns its
 * claims. Throws {@link JoinTokenError} with `live/token_expired` for an expired but otherwise
 * valid token, and `live/unauthorized` for anything else.
 */
export async function verifyJoinToken(token: unknown, key: Uint8Array): Promise<JoinTokenClaims> {
  if (typeof token !== 'string' || token.length === 0) {
    throw new JoinTokenError('live/unauthorized', 'missing join token');
  }
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [MEDIA_TOKEN_ALGORITHM],
      audience: MEDIA_TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new JoinTokenError('live/token_expired', 'join token expired');
    const reason = err instanceof errors.JOSEError ? err.code : 'invalid';
    throw new JoinTokenError('live/unauthorized', `join token rejected (${reason})`);
  }
  const { sub, sid, role, exp, iat, name, commune } = payload;
  if (typeof sub !== 'string' || sub === '' || typeof sid !== 'string' || sid === '' || !isLiveRole(role)) {
    throw new JoinTokenError('live/unauthorized', 'join token claims are incomplete');
  }
  return {
    sub,
    sid,
    role,
    aud: MEDIA_TOKEN_AUDIENCE,
    exp: exp as number,
    ...(typeof iat === 'number' ? { iat } : {}),
    // A display name for the others; capped so a token cannot flood every peer's screen.
    ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim().slice(0, 200) } : {}),
    // A trainee's commune, for breakout rooms by commune; capped like the name.
    ...(typeof commune === 'string' && commune.trim() !== '' ? { commune: commune.trim().slice(0, 200) } : {}),
  };
}
