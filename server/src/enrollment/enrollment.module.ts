import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module';
import { LiveModule } from '../live/live.module';
import { ClassEnrollmentResolver } from './class-enrollment.resolver';
import { EnrollmentResolver } from './enrollment.resolver';
import { EnrollmentService } from './enrollment.service';

@Module({
  imports: [ClassesModule, LiveModule],
  providers: [EnrollmentService, EnrollmentResolver, ClassEnrollmentResolver],
  exports: [EnrollmentService],
})
export class EnrollmentModule {}
