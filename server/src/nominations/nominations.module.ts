import { Module } from '@nestjs/common';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { GeoModule } from '../geo/geo.module';
import { NominationsResolver } from './nominations.resolver';
import { NominationsService } from './nominations.service';

@Module({
  imports: [EnrollmentModule, GeoModule],
  providers: [NominationsService, NominationsResolver],
  exports: [NominationsService],
})
export class NominationsModule {}
