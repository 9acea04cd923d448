import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module';
import { GeoModule } from '../geo/geo.module';
import { OfficialsModule } from '../officials/officials.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** Bulk enrolment of officials from CSV/XLSX files (issue 3). */
@Module({
  imports: [ClassesModule, GeoModule, OfficialsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsResolver],
  exports: [ImportsService],
})
export class ImportsModule {}
