import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/graphql/local-date.scalar';
import { CommuneModel } from '../geo/geo.model';
import { Bloc, Gender, PoliticalTheoryLevel, Position, ProfessionalLevel, StateManagementLevel } from './official.enums';

registerEnumType(Gender, { name: 'Gender', description: 'Giới tính.' });
registerEnumType(Bloc, {
  name: 'Bloc',
  description: 'Khối công tác: the bloc an official works in.',
  valuesMap: {
    PARTY: { description: 'Khối Đảng.' },
    FRONT: { description: 'Khối Mặt trận và các tổ chức chính trị - xã hội.' },
    GOVERNMENT: { description: 'Khối chính quyền: HĐND, UBND.' },
    MILITARY: { description: 'Ban chỉ huy quân sự.' },
  },
});
registerEnumType(Position, { name: 'Position', description: 'Chức danh: the official’s position.' });
registerEnumType(ProfessionalLevel, {
  name: 'ProfessionalLevel',
  description: 'Trình độ chuyên môn: tiến sĩ, thạc sĩ, đại học, cao đẳng/trung cấp, sơ cấp/chưa qua đào tạo.',
});
registerEnumType(PoliticalTheoryLevel, {
  name: 'PoliticalTheoryLevel',
  description: 'Trình độ lý luận chính trị: cao cấp/cử nhân, trung cấp, sơ cấp, chưa qua đào tạo.',
});
registerEnumType(StateManagementLevel, {
  name: 'StateManagementLevel',
  description: 'Trình độ quản lý nhà nước: chuyên viên cao cấp, chuyên viên chính, chuyên viên, chưa qua bồi dưỡng.',
});

@ObjectType('Official', { description: 'A commune-level official (cán bộ, công chức cấp xã).' })
export class OfficialModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Full name (họ và tên), in Vietnamese with diacritics.' })
  fullName: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth.' })
  dateOfBirth?: string | null;

  @Field(() => Gender, { description: 'Gender.' })
  gender: Gender;

  @Field({ description: 'Ethnicity (dân tộc), e.g. Kinh, Thái, Khơ Mú.' })
  ethnicity: string;

  @Field({ description: 'Works in a remote, border, island or especially hard area.' })
  hardshipArea: boolean;

  @Field(() => CommuneModel, { description: 'The commune or ward the official works in.' })
  commune: CommuneModel;

  @Field(() => Bloc, { description: 'Bloc (khối).' })
  bloc: Bloc;

  @Field(() => Position, { description: 'Position (chức danh).' })
  position: Position;

  @Field(() => ProfessionalLevel, { nullable: true, description: 'Professional qualification; empty when not recorded.' })
  professionalLevel?: ProfessionalLevel | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'Political theory level; empty when not recorded.' })
  politicalTheoryLevel?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'State management level; empty when not recorded.' })
  stateManagementLevel?: StateManagementLevel | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field({ description: 'False once deactivated (left the post); kept for history.' })
  active: boolean;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}

@ObjectType('PageInfo', { description: 'Cursor paging state.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ObjectType('OfficialEdge', { description: 'One official in a page.' })
export class OfficialEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor: string;

  @Field(() => OfficialModel, { description: 'The official.' })
  node: OfficialModel;
}

@ObjectType('OfficialConnection', { description: 'A page of officials.' })
export class OfficialConnection {
  @Field(() => [OfficialEdge], { description: 'The officials on this page, in name order.' })
  edges: OfficialEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many officials match the filter in all pages.' })
  totalCount: number;
}
