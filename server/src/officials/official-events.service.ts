import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../common/config';
import type { OfficialRow } from './officials.sql';

export const OFFICIAL_CHANGED = 'officialChanged';

/**
 * Publishes directory changes to GraphQL subscribers: in-process, or through Redis when REDIS_URL is set so that
 * every API process (API_WORKERS, several hosts) delivers changes made in any of them.
 */
@Injectable()
export class OfficialEventsService implements OnModuleDestroy {
  private readonly pubsub: PubSubEngine;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pubsub = config.redisUrl
      ? new RedisPubSub({ publisher: new Redis(config.redisUrl), subscriber: new Redis(config.redisUrl) })
      : new PubSub();
  }

  changed(official: OfficialRow): void {
    void this.pubsub.publish(OFFICIAL_CHANGED, { [OFFICIAL_CHANGED]: official });
  }

  iterator() {
    return this.pubsub.asyncIterableIterator(OFFICIAL_CHANGED);
  }

  async onModuleDestroy() {
    if (this.pubsub instanceof RedisPubSub) await this.pubsub.close();
  }
}
