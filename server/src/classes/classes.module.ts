import { Module } from '@nestjs/common';
import { ClassesResolver } from './classes.resolver';
import { ClassesService } from './classes.service';

@Module({
  providers: [ClassesService, ClassesResolver],
  exports: [ClassesService],
})
export class ClassesModule {}
