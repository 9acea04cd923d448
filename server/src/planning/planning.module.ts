import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module';
import { GeoModule } from '../geo/geo.module';
import { PlanningResolver } from './planning.resolver';
import { PlanningService } from './planning.service';

@Module({
  imports: [ClassesModule, GeoModule],
  providers: [PlanningService, PlanningResolver],
})
export class PlanningModule {}
