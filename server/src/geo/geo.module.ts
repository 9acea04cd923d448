import { Module } from '@nestjs/common';
import { UserCommuneResolver } from './user-commune.resolver';
import { CommuneResolver, ProvinceResolver } from './geo.resolver';
import { GeoService } from './geo.service';

@Module({ providers: [GeoService, ProvinceResolver, CommuneResolver, UserCommuneResolver], exports: [GeoService] })
export class GeoModule {}
