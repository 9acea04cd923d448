import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { AttendanceExportService } from './attendance-export.service';
import { AttendanceController } from './attendance.controller';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';

@Module({
  imports: [LiveModule],
  controllers: [AttendanceController],
  providers: [AttendanceService, AttendanceResolver, AttendanceExportService],
})
export class AttendanceModule {}
