import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../common/config';

/**
 * A poll as it stands after a change, the same for every subscriber: counts and every ballot (user and options). Each
 * subscriber's view is cut from it (their own choices; voters only for those who may see them). JSON-safe, so it
 * travels through Redis unchanged.
 */
export interface PollSnapshot {
  id: string;
  sessionId: string;
  question: string;
  allowMultiple: boolean;
  anonymous: boolean;
  status: string;
  createdByName: string;
  createdAt: string;
  closedAt: string | null;
  version: number;
  options: { id: string; label: string; position: number }[];
  ballots: { userId: string; displayName: string; optionIds: string[] }[];
}

const topic = (sessionId: string) => `pollUpdated.${sessionId}`;

/**
 * Publishes poll changes per class session: in-process, or through Redis when REDIS_URL is set so that every API
 * process delivers votes cast in any of them.
 */
@Injectable()
export class PollEventsService implements OnModuleDestroy {
  private readonly pubsub: PubSubEngine;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pubsub = config.redisUrl
      ? new RedisPubSub({ publisher: new Redis(config.redisUrl), subscriber: new Redis(config.redisUrl) })
      : new PubSub();
  }

  changed(snapshot: PollSnapshot): void {
    void this.pubsub.publish(topic(snapshot.sessionId), snapshot);
  }

  /**
   * The session's changes, each mapped to one subscriber's view. `return()` goes straight to the PubSub iterator, so
   * an unsubscribe frees it at once (an async generator would wait for the next event first).
   */
  iterator<T>(sessionId: string, view: (s: PollSnapshot) => T): AsyncIterableIterator<{ pollUpdated: T }> {
    const source = this.pubsub.asyncIterableIterator<PollSnapshot>(topic(sessionId));
    const it: AsyncIterableIterator<{ pollUpdated: T }> = {
      async next() {
        const r = await source.next();
        return r.done ? { done: true, value: undefined } : { done: false, value: { pollUpdated: view(r.value) } };
      },
      return: async () => {
        await source.return?.();
        return { done: true, value: undefined };
      },
      throw: async (e: unknown) => {
        await source.return?.();
        throw e;
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  async onModuleDestroy() {
    if (this.pubsub instanceof RedisPubSub) await this.pubsub.close();
  }
}
