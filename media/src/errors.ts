import type { LiveErrorCode } from '@gd/schema';

/** A request the room refuses on purpose; the client gets `code` and `message` in the ack. */
export class RequestError extends Error {
  constructor(
    readonly code: LiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export const notFound = (what: string, id: string) => new RequestError('live/not_found', `${what} ${id} not found`);
