import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { PollEventsService } from './poll-events.service';
import { PollsResolver } from './polls.resolver';
import { PollsService } from './polls.service';

@Module({
  imports: [LiveModule],
  providers: [PollsService, PollsResolver, PollEventsService],
})
export class PollsModule {}
