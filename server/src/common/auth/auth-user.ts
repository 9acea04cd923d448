import { registerEnumType } from '@nestjs/graphql';

/** The four account roles. */
export enum Role {
  ADMIN = 'ADMIN',
  LECTURER = 'LECTURER',
  TRAINEE = 'TRAINEE',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Account role: administrator, lecturer, trainee or commune coordinator.',
  valuesMap: {
    ADMIN: { description: 'Quản trị: plans classes, builds programs, enrols cohorts, edits every official.' },
    LECTURER: { description: 'Giảng viên: teaches, runs exercises, grades; reads officials.' },
    TRAINEE: { description: 'Học viên: a commune official studying; sees only their own record.' },
    COORDINATOR: { description: 'Cán bộ phụ trách xã: nominates and follows the officials of one commune.' },
  },
});

/** Who is calling, as proven by the access token. */
export interface AuthUser {
  id: string;
  role: Role;
  /** Set for coordinators: the one commune they may see. */
  communeId: string | null;
  /** Set for trainees linked to their directory record. */
  officialId: string | null;
}
