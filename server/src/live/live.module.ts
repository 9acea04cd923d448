import { Module } from '@nestjs/common';
import { LiveResolver } from './live.resolver';
import { LiveService } from './live.service';
import { SessionAccessService } from './session-access.service';

@Module({
  providers: [LiveService, LiveResolver, SessionAccessService],
  exports: [SessionAccessService],
})
export class LiveModule {}
