import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** XLSX downloads under /api/exports (class list, class timetable). */
@Module({
  imports: [ClassesModule, EnrollmentModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
