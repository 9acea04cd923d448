/**
 * Live signalling contract between the browser (`web`) and the media service (`media`).
 *
 * Transport: socket.io on path `/live`. The handshake carries a join token in `auth.token`
 * (see {@link JoinTokenClaims}). After connecting:
 *  - the client sends requests as `socket.emit('request', request, ack)`; the server always answers
 *    through the ack with a {@link SignallingResult};
 *  - the server pushes notifications as `socket.emit('notification', notification)`.
 *
 * Every message is one member of a tagged union keyed by `type`. Handlers on both sides end in an
 * exhaustive `switch` (see {@link assertNever}) so adding a message is a compile error until handled.
 */

/** socket.io path the media service listens on (and nginx proxies). */
export const LIVE_SOCKET_PATH = '/live';

/** `aud` claim every join token must carry. */
export const MEDIA_TOKEN_AUDIENCE = 'gd-media';

/** JWS algorithm of join tokens (shared secret `MEDIA_JOIN_SECRET`). */
export const MEDIA_TOKEN_ALGORITHM = 'HS256';

// ---------------------------------------------------------------------------------------------
// Roles and join tokens
// ---------------------------------------------------------------------------------------------

/** Role of a participant in a live session. */
export const LIVE_ROLES = [
  /** Teaches the session: may publish, moderate and share screen. */
  'LECTURER',
  /** An official following the course from their own device. */
  'TRAINEE',
  /** The device in the Political School's classroom: room camera and microphone, remote trainees on the projector. */
  'CLASSROOM',
  /** Watches only (supervisor, inspector): never publishes. */
  'OBSERVER',
] as const;
export type LiveRole = (typeof LIVE_ROLES)[number];

export function isLiveRole(value: unknown): value is LiveRole {
  return typeof value === 'string' && (LIVE_ROLES as readonly string[]).includes(value);
}

/**
 * Claims of the HS256 join token the GraphQL server mints for one user and one live session.
 * `iat`/`exp` are the standard JWT seconds-since-epoch fields; tokens are short-lived.
 */
export interface JoinTokenClaims {
  /** User id. */
  sub: string;
  role: LiveRole;
  /** Live session id: peers with the same `sid` share a room. */
  sid: string;
  aud: typeof MEDIA_TOKEN_AUDIENCE;
  iat?: number;
  exp: number;
}

// ---------------------------------------------------------------------------------------------
// Error codes
// ---------------------------------------------------------------------------------------------

export const LIVE_ERROR_CODES = [
  /** Missing, malformed or wrongly signed token, wrong audience or claims. */
  'live/unauthorized',
  /** The token was valid but has expired: ask the server for a new one and reconnect. */
  'live/token_expired',
  /** The same user joined the same session from another connection; this one was closed. */
  'live/session_replaced',
  /** A request that is not a member of the signalling union or has bad fields. */
  'live/bad_request',
  /** The peer's role does not allow this request. */
  'live/forbidden',
  /** The media service is shutting down; reconnect later. */
  'live/shutting_down',
  /** Anything unexpected on the server side. */
  'live/internal',
] as const;
export type LiveErrorCode = (typeof LIVE_ERROR_CODES)[number];

export interface LiveError {
  code: LiveErrorCode;
  message: string;
}

/** Shape of `err.data` on a socket.io `connect_error` refused by the media service. */
export interface LiveConnectErrorData {
  code: LiveErrorCode;
}

// ---------------------------------------------------------------------------------------------
// Client → server requests
// ---------------------------------------------------------------------------------------------

/** Liveness / clock check. Answered by {@link PongResponse}. */
export interface PingRequest {
  type: 'ping';
  /** Client clock (ms since epoch) echoed back, so the client can measure round-trip time. */
  clientTime: number;
}

/** Every request a client may send. */
export type SignallingRequest = PingRequest;
export type SignallingRequestType = SignallingRequest['type'];

// ---------------------------------------------------------------------------------------------
// Server → client responses (one per request type)
// ---------------------------------------------------------------------------------------------

export interface PongResponse {
  type: 'pong';
  clientTime: number;
  /** Server clock (ms since epoch). */
  serverTime: number;
}

/** Maps each request type to the response type it gets. */
export interface SignallingResponseMap {
  ping: PongResponse;
}
export type SignallingResponse = SignallingResponseMap[SignallingRequestType];

/** What the ack of a request receives. */
export type SignallingResult<T extends SignallingRequestType = SignallingRequestType> =
  | { ok: true; data: SignallingResponseMap[T] }
  | { ok: false; error: LiveError };

// ---------------------------------------------------------------------------------------------
// Server → client notifications
// ---------------------------------------------------------------------------------------------

/** Public view of a participant, as other participants see it. */
export interface PeerInfo {
  /** Stable within a session: the user id. */
  peerId: string;
  role: LiveRole;
}

/** Sent to everyone already in the room when a peer arrives. */
export interface PeerJoinedNotification {
  type: 'peerJoined';
  peer: PeerInfo;
}

/** Sent to everyone left in the room when a peer goes. */
export interface PeerLeftNotification {
  type: 'peerLeft';
  peerId: string;
}

/** Every notification the server may push. */
export type SignallingNotification = PeerJoinedNotification | PeerLeftNotification;
export type SignallingNotificationType = SignallingNotification['type'];

// ---------------------------------------------------------------------------------------------
// socket.io event maps (usable as `Server<ClientToServerEvents, ServerToClientEvents>` and
// `Socket<ServerToClientEvents, ClientToServerEvents>`)
// ---------------------------------------------------------------------------------------------

export interface ClientToServerEvents {
  request: (request: SignallingRequest, ack: (result: SignallingResult) => void) => void;
}

export interface ServerToClientEvents {
  notification: (notification: SignallingNotification) => void;
}

/** Data the media service attaches to an authenticated socket (`socket.data`). */
export interface LiveSocketData {
  claims: JoinTokenClaims;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Ends an exhaustive `switch`: compile error when a union member is not handled. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}

/** Cheap structural check that an incoming payload is one of the known requests. */
export function isSignallingRequest(value: unknown): value is SignallingRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; clientTime?: unknown };
  switch (v.type) {
    case 'ping':
      return typeof v.clientTime === 'number' && Number.isFinite(v.clientTime);
    default:
      return false;
  }
}
