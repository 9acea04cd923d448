import { Module } from '@nestjs/common';
import { GeoModule } from '../geo/geo.module';
import { OfficialEventsService } from './official-events.service';
import { OfficialsResolver } from './officials.resolver';
import { OfficialsService } from './officials.service';
import { UserOfficialResolver } from './user-official.resolver';

@Module({
  imports: [GeoModule],
  providers: [OfficialsService, OfficialsResolver, OfficialEventsService, UserOfficialResolver],
  exports: [OfficialsService, OfficialEventsService],
})
export class OfficialsModule {}
