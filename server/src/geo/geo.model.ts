import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommuneKind } from '../officials/official.enums';

registerEnumType(CommuneKind, {
  name: 'CommuneKind',
  description: 'Kind of commune-level unit.',
  valuesMap: {
    COMMUNE: { description: 'Xã (rural commune).' },
    WARD: { description: 'Phường (urban ward).' },
    SPECIAL_ZONE: { description: 'Đặc khu (island special zone).' },
  },
});

@ObjectType('Province', { description: 'A province (tỉnh/thành phố), the upper level of local government.' })
export class ProvinceModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Administrative code, e.g. "40" for Nghệ An.' })
  code: string;

  @Field({ description: 'Name, e.g. "Nghệ An".' })
  name: string;
}

@ObjectType('Commune', { description: 'A commune, ward or special zone (xã/phường/đặc khu).' })
export class CommuneModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Administrative code, unique nationwide.' })
  code: string;

  @Field({ description: 'Name, e.g. "Quỳnh Lưu".' })
  name: string;

  @Field(() => CommuneKind, { description: 'Commune, ward or special zone.' })
  kind: CommuneKind;

  @Field({ description: 'Mountain, border, island or especially hard area.' })
  hardshipArea: boolean;
}
