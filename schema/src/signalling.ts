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
  /** Display name shown to the other participants (falls back to `sub`). */
  name?: string;
  /** A trainee's commune name, for breakout rooms by commune (optional: without it trainees form one group). */
  commune?: string;
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
  /** The lecturer locked the room: only peers already inside (and lecturers) may join. */
  'live/room_locked',
  /** Too many requests of one kind (chat messages) in a short time. */
  'live/rate_limited',
  /** A transport, producer, consumer or peer the request names does not exist (any more). */
  'live/not_found',
  /** A moderator removed this peer from the room. */
  'live/removed',
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
// mediasoup payloads. Their shapes are mediasoup's (server) and mediasoup-client's (browser) own
// types; this package stays dependency-free, so they travel as opaque objects that each side
// casts to its library's type.
// ---------------------------------------------------------------------------------------------

/** mediasoup `RtpCapabilities` (router's or device's). */
export type RtpCapabilitiesPayload = { codecs?: unknown[]; headerExtensions?: unknown[] };
/** mediasoup `RtpParameters` of a producer or consumer. */
export type RtpParametersPayload = { codecs: unknown[]; encodings?: unknown[]; [key: string]: unknown };
/** mediasoup `DtlsParameters`. */
export type DtlsParametersPayload = { fingerprints: unknown[]; role?: 'auto' | 'client' | 'server' };
/** mediasoup `IceParameters`. */
export type IceParametersPayload = { usernameFragment: string; password: string; iceLite?: boolean };
/** mediasoup `IceCandidate`. */
export type IceCandidatePayload = { foundation: string; priority: number; address: string; protocol: 'udp' | 'tcp'; port: number; type: string; tcpType?: string };

/** What a producer carries; decides its permission and how others show it. */
export const MEDIA_SOURCES = ['mic', 'webcam', 'screen'] as const;
export type MediaSource = (typeof MEDIA_SOURCES)[number];
export type MediaKind = 'audio' | 'video';

/** Browser `RTCIceServer` (STUN/TURN with short-lived coturn REST credentials). */
export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

/** Public view of a participant, as other participants see it. */
export interface PeerInfo {
  /** Stable within a session: the user id. */
  peerId: string;
  role: LiveRole;
  /** Display name from the join token (the user id when the token has none). */
  displayName: string;
}

/** A producer of another peer, as listed on join. */
export interface ProducerInfo {
  producerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  paused: boolean;
}

/** One raised hand, in the order hands went up. */
export interface RaisedHand {
  peerId: string;
  displayName: string;
  /** Server time (ms since epoch) the hand went up. */
  raisedAt: number;
}

/** One in-session chat message. */
export interface ChatMessage {
  id: string;
  peerId: string;
  displayName: string;
  role: LiveRole;
  text: string;
  /** Server time (ms since epoch). */
  sentAt: number;
}

/** Room-wide state a moderator changes. */
export interface RoomState {
  /** New peers (other than lecturers) are refused while locked. */
  locked: boolean;
  /** The peer shown large for everyone (lecturer's choice), if any. */
  spotlightPeerId: string | null;
}

/** The space every peer is in unless moved into a breakout room. */
export const BREAKOUT_MAIN = 'main';
/** Most breakout rooms at once, and the longest close-all countdown in seconds. */
export const BREAKOUT_MAX_ROOMS = 50;
export const BREAKOUT_MAX_CLOSE_SECONDS = 300;
/** Longest breakout room name, in characters. */
export const BREAKOUT_NAME_MAX_LENGTH = 80;

/** One breakout room and the peers in it. */
export interface BreakoutRoom {
  /** `br-1`, `br-2`, … (never {@link BREAKOUT_MAIN}). */
  id: string;
  name: string;
  peerIds: string[];
}

/**
 * The breakout rooms of a session: a peer receives the media and chat of its own space only (the main room or
 * one breakout room), except the lecturer's screen share, which reaches every space.
 */
export interface BreakoutsState {
  /** Open breakout rooms (empty: everyone is in the main room). */
  rooms: BreakoutRoom[];
  /** The space of each peer in the session: {@link BREAKOUT_MAIN} or a room id. */
  spaces: Record<string, string>;
  /** Server time (ms since epoch) when a close-all countdown ends and everyone returns to main; null when none runs. */
  closingAt: number | null;
  /** Server time when this state was sent, so a client can correct its own clock for the countdown. */
  serverTime: number;
}

/** A message the lecturer sends to every space at once. */
export interface BreakoutBroadcast {
  id: string;
  peerId: string;
  displayName: string;
  text: string;
  /** Server time (ms since epoch). */
  sentAt: number;
}

/** Longest chat message, in characters. */
export const CHAT_MAX_LENGTH = 500;
/** Chat rate limit: at most this many messages per peer in {@link CHAT_RATE_WINDOW_MS}. */
export const CHAT_RATE_LIMIT = 5;
export const CHAT_RATE_WINDOW_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// Client → server requests
// ---------------------------------------------------------------------------------------------

/** Liveness / clock check. Answered by {@link PongResponse}. */
export interface PingRequest {
  type: 'ping';
  /** Client clock (ms since epoch) echoed back, so the client can measure round-trip time. */
  clientTime: number;
}

/** First request: the router's capabilities, to load the mediasoup-client Device. */
export interface GetRouterRtpCapabilitiesRequest {
  type: 'getRouterRtpCapabilities';
}

/** Creates a send or receive WebRtcTransport (ICE over UDP and TCP, UDP preferred). */
export interface CreateWebRtcTransportRequest {
  type: 'createWebRtcTransport';
  direction: 'send' | 'recv';
}

/** Crypto suites a bench receiver may ask for on a plain RTP transport (mediasoup `SrtpCryptoSuite`). */
export const PLAIN_SRTP_SUITES = ['AEAD_AES_256_GCM', 'AEAD_AES_128_GCM', 'AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32'] as const;

/** mediasoup `SrtpParameters`. */
export interface SrtpParametersPayload {
  cryptoSuite: (typeof PLAIN_SRTP_SUITES)[number];
  keyBase64: string;
}

/**
 * Load tests only: refused (`live/forbidden`) unless the media service runs with `MEDIA_ALLOW_PLAIN_TRANSPORTS=1`
 * (never in production). A receive-only PlainTransport that sends RTP and RTCP (muxed) to the client's UDP port on a
 * loopback address, SRTP-encrypted when `srtpParameters` (the client's own key) is given; no ICE and no DTLS. It
 * stands in for a browser's receive transport (the peer gets `newConsumer` for it), so `pnpm bench live-class` can
 * run dozens of receivers without a browser each. Answered by {@link PlainTransportResponse}.
 */
export interface CreatePlainTransportRequest {
  type: 'createPlainTransport';
  /** Where the client listens: a loopback address (127.0.0.0/8 or ::1) and UDP port. */
  ip: string;
  port: number;
  srtpParameters?: SrtpParametersPayload;
}

export interface ConnectWebRtcTransportRequest {
  type: 'connectWebRtcTransport';
  transportId: string;
  dtlsParameters: DtlsParametersPayload;
}

/** New ICE credentials after the browser saw the transport fail. */
export interface RestartIceRequest {
  type: 'restartIce';
  transportId: string;
}

/**
 * Enters the room with the device's capabilities. Answered with the peers already there and their
 * producers; consumers for those are then created server-side and announced with `newConsumer`.
 */
export interface JoinRequest {
  type: 'join';
  rtpCapabilities: RtpCapabilitiesPayload;
}

export interface ProduceRequest {
  type: 'produce';
  transportId: string;
  kind: MediaKind;
  rtpParameters: RtpParametersPayload;
  source: MediaSource;
  /**
   * Publish it paused (a trainee's microphone on arrival): the others' consumers are announced paused and nobody sets
   * one up until `resumeProducer`.
   */
  paused?: boolean;
}

export interface CloseProducerRequest {
  type: 'closeProducer';
  producerId: string;
}

export interface PauseProducerRequest {
  type: 'pauseProducer';
  producerId: string;
}

export interface ResumeProducerRequest {
  type: 'resumeProducer';
  producerId: string;
}

/** Consumers start paused; the client resumes each once its track is wired to the page. */
export interface ResumeConsumerRequest {
  type: 'resumeConsumer';
  consumerId: string;
}

export interface PauseConsumerRequest {
  type: 'pauseConsumer';
  consumerId: string;
}

/** Caps a simulcast consumer's layers (0 = lowest); BWE still picks within the cap. */
export interface SetConsumerPreferredLayersRequest {
  type: 'setConsumerPreferredLayers';
  consumerId: string;
  spatialLayer: number;
  temporalLayer?: number;
}

/** Audio-only mode: pause (or resume) every video consumer of this peer. */
export interface SetAudioOnlyRequest {
  type: 'setAudioOnly';
  enabled: boolean;
}

/** Puts the peer's hand up (joins the end of the queue) or takes it down. */
export interface SetHandRequest {
  type: 'setHand';
  raised: boolean;
}

/** Lecturer: take the first hand of the queue; that peer is asked to unmute. */
export interface TakeNextHandRequest {
  type: 'takeNextHand';
}

export interface SendChatRequest {
  type: 'sendChat';
  text: string;
}

/** What a moderator can do to a peer or the room. */
export type ModeratorAction =
  | { action: 'muteMic'; peerId: string }
  | { action: 'stopVideo'; peerId: string }
  | { action: 'askUnmute'; peerId: string }
  | { action: 'remove'; peerId: string }
  | { action: 'spotlight'; peerId: string | null }
  | { action: 'lock'; locked: boolean };
export type ModeratorActionType = ModeratorAction['action'];

export type ModerateRequest = { type: 'moderate' } & ModeratorAction;

/** How the lecturer splits the trainees into breakout rooms (the lecturer and classroom device stay in main). */
export type BreakoutSplit =
  /** `count` rooms, trainees dealt round-robin. */
  | { mode: 'auto'; count: number }
  /** One room per commune (from the join token's `commune`). */
  | { mode: 'commune' }
  /** Explicit groups of peer ids (a peer in at most one group). */
  | { mode: 'groups'; groups: { name?: string; peerIds: string[] }[] };

/** Lecturer: opens breakout rooms (refused while some are open). Answered by {@link BreakoutsResponse}. */
export type CreateBreakoutsRequest = { type: 'createBreakouts' } & BreakoutSplit;

/** Lecturer: moves one peer into a breakout room or back to main ({@link BREAKOUT_MAIN}); nobody else is touched. */
export interface MoveToBreakoutRequest {
  type: 'moveToBreakout';
  peerId: string;
  roomId: string;
}

/** Lecturer: renames a breakout room (1–{@link BREAKOUT_NAME_MAX_LENGTH} characters). */
export interface RenameBreakoutRequest {
  type: 'renameBreakout';
  roomId: string;
  name: string;
}

/** Lecturer: a message shown to every space (main and all breakout rooms). */
export interface BroadcastToBreakoutsRequest {
  type: 'broadcastToBreakouts';
  text: string;
}

/** Lecturer: moves themself into a breakout room to listen in, or back to main with {@link BREAKOUT_MAIN}. */
export interface VisitBreakoutRequest {
  type: 'visitBreakout';
  roomId: string;
}

/** Lecturer: closes every breakout room after a countdown of `seconds` (0 to {@link BREAKOUT_MAX_CLOSE_SECONDS}). */
export interface CloseBreakoutsRequest {
  type: 'closeBreakouts';
  seconds: number;
}

/** Every request a client may send. */
export type SignallingRequest =
  | PingRequest
  | GetRouterRtpCapabilitiesRequest
  | CreateWebRtcTransportRequest
  | CreatePlainTransportRequest
  | ConnectWebRtcTransportRequest
  | RestartIceRequest
  | JoinRequest
  | ProduceRequest
  | CloseProducerRequest
  | PauseProducerRequest
  | ResumeProducerRequest
  | ResumeConsumerRequest
  | PauseConsumerRequest
  | SetConsumerPreferredLayersRequest
  | SetAudioOnlyRequest
  | SetHandRequest
  | TakeNextHandRequest
  | SendChatRequest
  | ModerateRequest
  | CreateBreakoutsRequest
  | MoveToBreakoutRequest
  | RenameBreakoutRequest
  | BroadcastToBreakoutsRequest
  | VisitBreakoutRequest
  | CloseBreakoutsRequest;
export type SignallingRequestType = SignallingRequest['type'];
/** The request of one type, e.g. `RequestOf<'produce'>`. */
export type RequestOf<T extends SignallingRequestType> = Extract<SignallingRequest, { type: T }>;

// ---------------------------------------------------------------------------------------------
// Server → client responses (one per request type)
// ---------------------------------------------------------------------------------------------

export interface PongResponse {
  type: 'pong';
  clientTime: number;
  /** Server clock (ms since epoch). */
  serverTime: number;
}

/** Answer of a request that only acknowledges. */
export interface OkResponse {
  type: 'ok';
}

export interface RouterRtpCapabilitiesResponse {
  type: 'routerRtpCapabilities';
  rtpCapabilities: RtpCapabilitiesPayload;
}

export interface WebRtcTransportResponse {
  type: 'webRtcTransport';
  transportId: string;
  iceParameters: IceParametersPayload;
  iceCandidates: IceCandidatePayload[];
  dtlsParameters: DtlsParametersPayload;
}

export interface PlainTransportResponse {
  type: 'plainTransport';
  transportId: string;
  /** The media service's side of the transport (where RTP comes from). */
  ip: string;
  port: number;
  /** The service's SRTP key for what it sends (null without SRTP). */
  srtpParameters: SrtpParametersPayload | null;
}

export interface IceRestartedResponse {
  type: 'iceRestarted';
  iceParameters: IceParametersPayload;
}

export interface JoinedResponse {
  type: 'joined';
  self: PeerInfo;
  peers: PeerInfo[];
  producers: ProducerInfo[];
  room: RoomState;
  hands: RaisedHand[];
  /** The latest chat messages, oldest first. */
  chat: ChatMessage[];
  /** STUN/TURN servers for the browser's RTCPeerConnections (empty: host candidates only). */
  iceServers: IceServer[];
  /** Breakout rooms and each peer's space (a peer rejoining within the reconnect grace keeps its space). */
  breakouts: BreakoutsState;
}

export interface ProducedResponse {
  type: 'produced';
  producerId: string;
}

export interface HandsResponse {
  type: 'hands';
  hands: RaisedHand[];
  /** takeNextHand: the peer whose turn it is (null when the queue was empty). */
  taken?: RaisedHand | null;
}

export interface ChatSentResponse {
  type: 'chatSent';
  message: ChatMessage;
}

/** Answer of the breakout requests that change the rooms: the new state (also sent to everyone as a notification). */
export interface BreakoutsResponse {
  type: 'breakouts';
  breakouts: BreakoutsState;
}

export interface BroadcastSentResponse {
  type: 'broadcastSent';
  broadcast: BreakoutBroadcast;
}

/** Maps each request type to the response type it gets. */
export interface SignallingResponseMap {
  ping: PongResponse;
  getRouterRtpCapabilities: RouterRtpCapabilitiesResponse;
  createWebRtcTransport: WebRtcTransportResponse;
  connectWebRtcTransport: OkResponse;
  restartIce: IceRestartedResponse;
  join: JoinedResponse;
  produce: ProducedResponse;
  closeProducer: OkResponse;
  pauseProducer: OkResponse;
  resumeProducer: OkResponse;
  resumeConsumer: OkResponse;
  pauseConsumer: OkResponse;
  setConsumerPreferredLayers: OkResponse;
  setAudioOnly: OkResponse;
  setHand: HandsResponse;
  takeNextHand: HandsResponse;
  sendChat: ChatSentResponse;
  moderate: OkResponse;
  createPlainTransport: PlainTransportResponse;
  createBreakouts: BreakoutsResponse;
  moveToBreakout: BreakoutsResponse;
  renameBreakout: BreakoutsResponse;
  broadcastToBreakouts: BroadcastSentResponse;
  visitBreakout: BreakoutsResponse;
  closeBreakouts: BreakoutsResponse;
}
export type SignallingResponse = SignallingResponseMap[SignallingRequestType];

/** What the ack of a request receives. */
export type SignallingResult<T extends SignallingRequestType = SignallingRequestType> =
  | { ok: true; data: SignallingResponseMap[T] }
  | { ok: false; error: LiveError };

// ---------------------------------------------------------------------------------------------
// Server → client notifications
// ---------------------------------------------------------------------------------------------

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

/** A consumer for another peer's producer, created paused: set it up, then send `resumeConsumer`. */
export interface NewConsumerNotification {
  type: 'newConsumer';
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  rtpParameters: RtpParametersPayload;
  /** The producer itself is paused (e.g. a muted mic). */
  producerPaused: boolean;
}

export interface ConsumerClosedNotification {
  type: 'consumerClosed';
  consumerId: string;
}

/** The consumer's producer was paused or resumed (a mic muted / unmuted). */
export interface ConsumerPausedNotification {
  type: 'consumerPaused';
  consumerId: string;
}
export interface ConsumerResumedNotification {
  type: 'consumerResumed';
  consumerId: string;
}

export interface ConsumerLayersChangedNotification {
  type: 'consumerLayersChanged';
  consumerId: string;
  /** null: no layer is being forwarded (not enough bandwidth). */
  spatialLayer: number | null;
  temporalLayer: number | null;
}

/** The loudest peer right now (null: silence). */
export interface ActiveSpeakerNotification {
  type: 'activeSpeaker';
  peerId: string | null;
}

/** The server closed or paused one of this peer's own producers (moderator, or the room). */
export interface ProducerClosedNotification {
  type: 'producerClosed';
  producerId: string;
}
export interface ProducerPausedNotification {
  type: 'producerPaused';
  producerId: string;
}

/** A moderator asks this peer to turn its microphone on (it is never turned on remotely). */
export interface UnmuteRequestedNotification {
  type: 'unmuteRequested';
  byPeerId: string;
}

/** Sent to a peer before it is disconnected by a moderator. */
export interface RemovedNotification {
  type: 'removed';
  byPeerId: string;
}

/** Sent before the server closes this connection because the same user joined from another one (a second tab). */
export interface SessionReplacedNotification {
  type: 'sessionReplaced';
}

export interface HandsChangedNotification {
  type: 'handsChanged';
  hands: RaisedHand[];
}

export interface ChatMessageNotification {
  type: 'chatMessage';
  message: ChatMessage;
}

export interface RoomStateNotification {
  type: 'roomState';
  room: RoomState;
}

/**
 * How well a video consumer's stream reaches this peer (mediasoup's consumer score, 0..10, from the loss this peer's
 * browser reports). Sent only when it crosses POOR_CONSUMER_SCORE either way; the client counts it as a poor sample.
 */
export interface ConsumerScoreNotification {
  type: 'consumerScore';
  consumerId: string;
  score: number;
}

/** A consumer score below this means the link to this peer is losing too much for video. */
export const POOR_CONSUMER_SCORE = 5;

/**
 * The media server lost this room's router (its mediasoup worker died) and moved the room to a new one: every
 * transport, producer and consumer is gone. The peer stays in the room (role, hands, chat, attendance unchanged):
 * it fetches the router's capabilities again, creates new transports, sends `join` again and republishes its tracks.
 */
export interface MediaResetNotification {
  type: 'mediaReset';
  reason: 'worker_died';
}

/** The breakout rooms or someone's space changed (created, moved, renamed, countdown started, closed): the whole state. */
export interface BreakoutsChangedNotification {
  type: 'breakoutsChanged';
  breakouts: BreakoutsState;
}

/** The lecturer's message to every space. */
export interface BreakoutBroadcastNotification {
  type: 'breakoutBroadcast';
  broadcast: BreakoutBroadcast;
}

/** Every notification the server may push. */
export type SignallingNotification =
  | PeerJoinedNotification
  | PeerLeftNotification
  | NewConsumerNotification
  | ConsumerClosedNotification
  | ConsumerPausedNotification
  | ConsumerResumedNotification
  | ConsumerLayersChangedNotification
  | ActiveSpeakerNotification
  | ProducerClosedNotification
  | ProducerPausedNotification
  | UnmuteRequestedNotification
  | RemovedNotification
  | SessionReplacedNotification
  | HandsChangedNotification
  | ChatMessageNotification
  | MediaResetNotification
  | ConsumerScoreNotification
  | RoomStateNotification
  | BreakoutsChangedNotification
  | BreakoutBroadcastNotification;
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

const isStr = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLayer = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10;

function isModeratorAction(v: Record<string, unknown>): boolean {
  const action = v.action as ModeratorActionType | undefined;
  switch (action) {
    case 'muteMic':
    case 'stopVideo':
    case 'askUnmute':
    case 'remove':
      return isStr(v.peerId);
    case 'spotlight':
      return v.peerId === null || isStr(v.peerId);
    case 'lock':
      return typeof v.locked === 'boolean';
    case undefined:
      return false;
    default:
      return assertNeverFalse(action);
  }
}

/** Like {@link assertNever}, for validators: an unknown value is simply not valid. */
function assertNeverFalse(_value: never): false {
  return false;
}

/** Structural check that an incoming payload is one of the known requests (ids, kinds, sizes). */
export function isSignallingRequest(value: unknown): value is SignallingRequest {
  if (!isObj(value)) return false;
  const v = value;
  const type = v.type as SignallingRequestType | undefined;
  switch (type) {
    case 'ping':
      return typeof v.clientTime === 'number' && Number.isFinite(v.clientTime);
    case 'getRouterRtpCapabilities':
    case 'takeNextHand':
      return true;
    case 'createPlainTransport':
      return (
        isStr(v.ip, 64) &&
        (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v.ip) || v.ip === '::1') &&
        typeof v.port === 'number' &&
        Number.isInteger(v.port) &&
        v.port >= 1 &&
        v.port <= 65535 &&
        (v.srtpParameters === undefined ||
          (isObj(v.srtpParameters) &&
            (PLAIN_SRTP_SUITES as readonly unknown[]).includes(v.srtpParameters.cryptoSuite) &&
            isStr(v.srtpParameters.keyBase64, 200)))
      );
    case 'createWebRtcTransport':
      return v.direction === 'send' || v.direction === 'recv';
    case 'connectWebRtcTransport':
      return isStr(v.transportId) && isObj(v.dtlsParameters) && Array.isArray(v.dtlsParameters.fingerprints);
    case 'restartIce':
      return isStr(v.transportId);
    case 'join':
      return isObj(v.rtpCapabilities);
    case 'produce':
      return (
        isStr(v.transportId) &&
        (v.kind === 'audio' || v.kind === 'video') &&
        isObj(v.rtpParameters) &&
        Array.isArray(v.rtpParameters.codecs) &&
        (MEDIA_SOURCES as readonly unknown[]).includes(v.source) &&
        (v.source === 'mic') === (v.kind === 'audio') &&
        (v.paused === undefined || typeof v.paused === 'boolean')
      );
    case 'closeProducer':
    case 'pauseProducer':
    case 'resumeProducer':
      return isStr(v.producerId);
    case 'resumeConsumer':
    case 'pauseConsumer':
      return isStr(v.consumerId);
    case 'setConsumerPreferredLayers':
      return isStr(v.consumerId) && isLayer(v.spatialLayer) && (v.temporalLayer === undefined || isLayer(v.temporalLayer));
    case 'setAudioOnly':
      return typeof v.enabled === 'boolean';
    case 'setHand':
      return typeof v.raised === 'boolean';
    case 'sendChat':
      // Length is checked by the chat handler so the client gets a precise reason.
      return typeof v.text === 'string' && v.text.length <= 10 * CHAT_MAX_LENGTH;
    case 'moderate':
      return isModeratorAction(v);
    // Breakout requests: only the shape that keeps the handler safe; the handler names a bad field precisely.
    case 'createBreakouts':
      return typeof v.mode === 'string' && JSON.stringify(v).length <= 100_000;
    case 'moveToBreakout':
      return isStr(v.peerId) && isStr(v.roomId);
    case 'renameBreakout':
      return isStr(v.roomId) && typeof v.name === 'string' && v.name.length <= 10 * BREAKOUT_NAME_MAX_LENGTH;
    case 'broadcastToBreakouts':
      return typeof v.text === 'string' && v.text.length <= 10 * CHAT_MAX_LENGTH;
    case 'visitBreakout':
      return isStr(v.roomId);
    case 'closeBreakouts':
      return typeof v.seconds === 'number';
    case undefined:
      return false;
    default:
      return assertNeverFalse(type);
  }
}
