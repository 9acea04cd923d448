import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';

const LIST = `query($f: OfficialFilter, $first: Int!, $after: String) {
  officials(filter: $f, first: $first, after: $after) {
    totalCount
    edges { cursor node { id fullName bloc politicalTheoryLevel commune { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE = 'mutation($i: CreateOfficialInput!){ createOfficial(input: $i){ id fullName phone email dateOfBirth hardshipArea } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateOfficialInput!){ updateOfficial(id: $id, input: $i){ id fullName email } }';

let sut: TestApp;
let admin: string;
let coordinator: string;
let quynhLuu: string;
let ngheAn: string;

const list = (f: Record<string, unknown>, first = 20, after?: string, token = admin) =>
  sut.gql<any>(LIST, { f, first, after }, token);

beforeAll(async () => {
  sut = await createTestApp();
  admin = await sut.login(DEMO.admin);
  coordinator = await sut.login(DEMO.coordinator);
  const provinces = await sut.gql<any>('{ provinces { id name communes { id name } } }', {}, admin);
  const na = provinces.data.provinces.find((p: { name: string }) => p.name === 'Nghệ An');
  ngheAn = na.id;
  quynhLuu = na.communes.find((c: { name: string }) => c.name === 'Quỳnh Lưu').id;
});
afterAll(() => sut?.close());

describe('OfficialsService (directory)', () => {
  it('holds the Nghệ An scheme’s 8,624 officials in 130 communes with its bloc and qualification figures', async () => {
    const total = await list({ provinceId: ngheAn }, 0);
    expect(total.data.officials.totalCount).toBeGreaterThanOrEqual(8624);
    const communes = await sut.gql<any>('query($p: ID){ communes(provinceId: $p){ id } }', { p: ngheAn }, admin);
    expect(communes.data.communes).toHaveLength(130);
    const by = async (f: Record<string, unknown>) => (await list({ provinceId: ngheAn, ...f }, 0)).data.officials.totalCount;
    expect(await by({ bloc: 'PARTY' })).toBe(2277);
    expect(await by({ bloc: 'FRONT' })).toBe(1191);
    expect(await by({ bloc: 'MILITARY' })).toBe(337);
    expect(await by({ politicalTheoryLevel: 'ADVANCED' })).toBe(965);
    expect(await by({ stateManagementLevel: 'SENIOR_PRINCIPAL_SPECIALIST' })).toBe(25);
    expect(await by({ professionalLevel: 'DOCTORATE' })).toBe(5);
  });

  it('finds names without diacritics or case: "nguyen van" finds Nguyễn Văn …', async () => {
    const r = await list({ search: 'NGUYEN van' });
    expect(r.data.officials.totalCount).toBeGreaterThan(50);
    const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const e of r.data.officials.edges) expect(folded(e.node.fullName)).toMatch(/nguyen.*van|van.*nguyen/);
    expect(r.data.officials.edges.map((e: any) => e.node.fullName)).toContainEqual(expect.stringMatching(/^Nguyễn Văn /));
  });

  it('combines filters, and pages through them in name order without gaps or repeats', async () => {
    const f = { communeId: quynhLuu, bloc: 'GOVERNMENT' };
    const total = (await list(f, 0)).data.officials.totalCount;
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const r = await list(f, 7, after);
      for (const e of r.data.officials.edges) {
        expect(e.node.commune.id).toBe(quynhLuu);
        expect(e.node.bloc).toBe('GOVERNMENT');
        seen.push(e.node.id);
      }
      if (!r.data.officials.pageInfo.hasNextPage) break;
      after = r.data.officials.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('gives a coordinator only their commune, whatever they ask for', async () => {
    const own = await list({}, 100, undefined, coordinator);
    expect(own.data.officials.edges.every((e: any) => e.node.commune.name === 'Quỳnh Lưu')).toBe(true);
    const everyone = await list({ provinceId: ngheAn }, 0, undefined, coordinator);
    expect(everyone.data.officials.totalCount).toBe(own.data.officials.totalCount);
  });

  it('refuses unknown filter values, bad cursors, huge pages and long searches with named errors', async () => {
    const badEnum = await list({ bloc: 'PIRATES' });
    expect(badEnum.errors?.[0].extensions?.code).toBe('request/invalid');
    expect(badEnum.errors?.[0].message).toContain('PIRATES');
    const badCommune = await list({ communeId: 'not-a-commune' });
    expect(badCommune.errors?.[0].extensions?.code).toBe('commune/not_found');
    expect((await list({}, 20, 'garbage')).errors?.[0].extensions?.fields).toEqual({ after: 'invalid_value' });
    expect((await list({}, 5000)).errors?.[0].extensions?.fields).toEqual({ first: 'out_of_range' });
    expect((await list({ search: 'x'.repeat(101) })).errors?.[0].extensions?.fields).toEqual({ search: 'too_long' });
  });

  it('creates an official with normalised contact details', async () => {
    const r = await sut.gql<any>(
      CREATE,
      {
        i: {
          fullName: '  Vi  Văn Thắng ',
          gender: 'MALE',
          ethnicity: 'Thái',
          communeId: quynhLuu,
          bloc: 'GOVERNMENT',
          position: 'SPECIALIST',
          phone: '+84 912 345 678',
          email: 'Thang.Vi@NgheAn.gov.vn',
          dateOfBirth: '1988-02-29',
        },
      },
      coordinator,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.createOfficial).toMatchObject({
      fullName: 'Vi Văn Thắng',
      phone: '0912345678',
      email: 'thang.vi@nghean.gov.vn',
      dateOfBirth: '1988-02-29',
    });
    const found = await list({ search: 'vi van thang' });
    expect(found.data.officials.edges.map((e: any) => e.node.id)).toContain(r.data.createOfficial.id);
  });

  it('rejects a 10,000-character name, a malformed email and an impossible birth date together, writing nothing', async () => {
    const countRows = async () => (await list({ search: 'a'.repeat(50), includeInactive: true }, 0)).data.officials.totalCount;
    const before = await countRows();
    const r = await sut.gql<any>(
      CREATE,
      {
        i: {
          fullName: 'A'.repeat(10_000),
          gender: 'FEMALE',
          ethnicity: 'Kinh',
          communeId: quynhLuu,
          bloc: 'PARTY',
          position: 'SPECIALIST',
          email: 'a@b',
          dateOfBirth: '2020-01-01',
          phone: '12345',
        },
      },
      admin,
    );
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'validation/invalid_input',
      fields: { fullName: 'too_long', email: 'invalid_email', dateOfBirth: 'out_of_range', phone: 'invalid_phone' },
    });
    expect(await countRows()).toBe(before);
  });

  it('refuses a date that does not exist as a request error', async () => {
    const r = await sut.gql<any>(UPDATE, { id: '00000000-0000-0000-0000-000000000000', i: { dateOfBirth: '1990-02-30' } }, admin);
    expect(r.errors?.[0].extensions?.code).toBe('request/invalid');
  });

  it('leaves a record untouched when an update is invalid', async () => {
    const target = (await list({ communeId: quynhLuu }, 1)).data.officials.edges[0].node;
    const r = await sut.gql<any>(UPDATE, { id: target.id, i: { fullName: 'Tên Mới', email: 'broken@' } }, admin);
    expect(r.errors?.[0].extensions?.fields).toEqual({ email: 'invalid_email' });
    const again = await sut.gql<any>('query($id: ID!){ official(id: $id){ fullName } }', { id: target.id }, admin);
    expect(again.data.official.fullName).toBe(target.fullName);
  });

  it('does not let a coordinator move an official out of their commune', async () => {
    const target = (await list({}, 1, undefined, coordinator)).data.officials.edges[0].node;
    const other = (await sut.gql<any>('query($p: ID){ communes(provinceId: $p){ id } }', { p: ngheAn }, admin)).data.communes.find(
      (c: { id: string }) => c.id !== quynhLuu,
    ).id;
    const r = await sut.gql<any>(UPDATE, { id: target.id, i: { communeId: other } }, coordinator);
    expect(r.errors?.[0].extensions?.code).toBe('auth/forbidden');
  });

  it('hides deactivated officials unless asked', async () => {
    const created = await sut.gql<any>(
      CREATE,
      { i: { fullName: 'Lô Thị Xoan', gender: 'FEMALE', ethnicity: 'Thái', communeId: quynhLuu, bloc: 'FRONT', position: 'SPECIALIST' } },
      admin,
    );
    const id = created.data.createOfficial.id;
    await sut.gql('mutation($id: ID!){ deactivateOfficial(id: $id){ active } }', { id }, admin);
    const ids = async (f: Record<string, unknown>) => (await list(f)).data.officials.edges.map((e: any) => e.node.id);
    expect(await ids({ search: 'lo thi xoan' })).not.toContain(id);
    expect(await ids({ search: 'lo thi xoan', includeInactive: true })).toContain(id);
  });
});

describe('request limits', () => {
  it('refuses deeply nested queries', async () => {
    const deep = '{ me { commune { province { communes { province { communes { province { communes { province { name } } } } } } } } } }';
    const r = await sut.gql(deep, {}, admin);
    expect(r.errors?.[0].extensions?.code).toBe('request/too_deep');
  });

  it('refuses queries too costly to run', async () => {
    const page = (alias: string) => `${alias}: officials(first: 100){ edges { node { id fullName bloc position commune { name code } } } }`;
    const r = await sut.gql(`{ ${['a', 'b', 'c', 'd', 'e', 'f'].map(page).join(' ')} }`, {}, admin);
    expect(r.errors?.[0].extensions?.code).toBe('request/too_complex');
  });

  it('refuses bodies over the size limit', async () => {
    const res = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('sends security headers and a health status with the database', async () => {
    const res = await fetch(`${sut.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('keeps idle keep-alive connections open longer than a proxy would (no reset while a client reuses one)', () => {
    const http = sut.app.getHttpServer();
    expect(http.keepAliveTimeout).toBe(65_000);
    expect(http.headersTimeout).toBeGreaterThan(http.keepAliveTimeout);
  });
});
