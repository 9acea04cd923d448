import { describe, expect, it } from 'vitest';
import {
  Bloc,
  CommuneKind,
  Gender,
  PoliticalTheoryLevel,
  Position,
  ProfessionalLevel,
  StateManagementLevel,
} from '../../officials/official.enums';
import {
  DEMO_COORDINATOR_COMMUNE,
  NGHE_AN_SCHEME_FIGURES,
  SEED_000_COURSE_COMMUNES,
  apportion,
  asciiSlug,
  canonicalCommuneName,
  createRng,
  demoProvinces,
  generateOfficials,
  seed000CourseCommuneNames,
  type OfficialSeed,
  type ProvinceSeed,
} from './index';

const provinces = demoProvinces();
const started = performance.now();
const officials = generateOfficials(provinces);
const elapsedMs = performance.now() - started;

const province = (code: string): ProvinceSeed => provinces.find((p) => p.code === code)!;
const ofProvince = (code: string): OfficialSeed[] => officials.filter((o) => o.communeCode.startsWith(code));
const nghean = ofProvince('40');
const daklak = ofProvince('66');
const quangninh = ofProvince('22');

function countBy<K extends string>(items: readonly OfficialSeed[], key: (o: OfficialSeed) => K): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of items) out[key(o)] = (out[key(o)] ?? 0) + 1;
  return out;
}

function byCommune(items: readonly OfficialSeed[]): Map<string, OfficialSeed[]> {
  const m = new Map<string, OfficialSeed[]>();
  for (const o of items) {
    if (!m.has(o.communeCode)) m.set(o.communeCode, []);
    m.get(o.communeCode)!.push(o);
  }
  return m;
}

const isNfc = (s: string): boolean => s === s.normalize('NFC');

describe('demoProvinces', () => {
  it('has 130 / 102 / 54 units after the 1/7/2025 reform', () => {
    expect(provinces.map((p) => [p.code, p.name, p.communes.length])).toEqual([
      ['40', 'Nghệ An', 130],
      ['66', 'Đắk Lắk', 102],
      ['22', 'Quảng Ninh', 54],
    ]);
  });

  it('gives stable, unique commune codes (province code + 3-digit index)', () => {
    const codes = provinces.flatMap((p) => p.communes.map((c) => c.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of provinces) {
      p.communes.forEach((c, i) => expect(c.code).toBe(`${p.code}${String(i + 1).padStart(3, '0')}`));
    }
    expect(province('40').communes[0].code).toBe('40001');
  });

  it('has unique, NFC commune names within each province', () => {
    for (const p of provinces) {
      const names = p.communes.map((c) => c.name);
      expect(new Set(names).size, p.name).toBe(names.length);
      for (const n of names) expect(isNfc(n), n).toBe(true);
    }
  });

  it('includes every commune of the seed-000 course (26 names; three misspelt in the article)', () => {
    expect(SEED_000_COURSE_COMMUNES).toHaveLength(26);
    const names = new Set(province('40').communes.map((c) => c.name));
    for (const n of SEED_000_COURSE_COMMUNES) expect(names.has(canonicalCommuneName('40', n)), n).toBe(true);
    expect(seed000CourseCommuneNames().filter((n) => SEED_000_COURSE_COMMUNES.includes(n))).toHaveLength(23);
    expect(canonicalCommuneName('40', 'Hải Chân')).toBe('Hải Châu');
    expect(canonicalCommuneName('40', 'Tân Chân')).toBe('Tân Châu');
    expect(canonicalCommuneName('40', 'Đồng Thành')).toBe('Đông Thành');
  });

  it('gets kinds right: Nghệ An 11 wards incl. Hoàng Mai, Tân Mai, Quỳnh Mai; Quảng Ninh special zones', () => {
    const na = province('40').communes;
    const wards = na.filter((c) => c.kind === CommuneKind.WARD).map((c) => c.name);
    expect(wards).toHaveLength(11);
    expect(wards).toEqual(expect.arrayContaining(['Hoàng Mai', 'Tân Mai', 'Quỳnh Mai', 'Trường Vinh', 'Cửa Lò']));
    expect(na.find((c) => c.name === 'Quỳnh Lưu')!.kind).toBe(CommuneKind.COMMUNE);
    const qn = province('22').communes;
    expect(qn.filter((c) => c.kind === CommuneKind.SPECIAL_ZONE).map((c) => c.name).sort()).toEqual(['Cô Tô', 'Vân Đồn']);
    expect(qn.filter((c) => c.kind === CommuneKind.WARD)).toHaveLength(30);
    expect(province('66').communes.filter((c) => c.kind === CommuneKind.WARD)).toHaveLength(14);
  });

  it('flags the western mountain and border communes of Nghệ An as hardship', () => {
    const na = province('40').communes;
    for (const n of ['Mường Xén', 'Nậm Cắn', 'Tam Quang', 'Thông Thụ', 'Con Cuông']) {
      expect(na.find((c) => c.name === n)!.hardship, n).toBe(true);
    }
    for (const n of ['Quỳnh Lưu', 'Trường Vinh', 'Diễn Châu']) expect(na.find((c) => c.name === n)!.hardship, n).toBe(false);
    const hardship = na.filter((c) => c.hardship).length;
    expect(hardship).toBeGreaterThan(35);
    expect(hardship).toBeLessThan(60);
  });

  it('has the demo coordinator commune', () => {
    expect(province(DEMO_COORDINATOR_COMMUNE.provinceCode).communes.some((c) => c.name === DEMO_COORDINATOR_COMMUNE.name)).toBe(true);
  });
});

describe('generateOfficials', () => {
  it('is fast', () => {
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('produces 8,624 + 204 + 216 officials', () => {
    expect(nghean).toHaveLength(8624);
    expect(daklak).toHaveLength(204);
    expect(quangninh).toHaveLength(216);
    expect(officials).toHaveLength(8624 + 204 + 216);
  });

  it("matches the Nghệ An scheme's totals by bloc (71 unattributed in GOVERNMENT)", () => {
    expect(countBy(nghean, (o) => o.bloc)).toEqual({
      [Bloc.PARTY]: 2277,
      [Bloc.FRONT]: 1191,
      [Bloc.GOVERNMENT]: 4819,
      [Bloc.MILITARY]: 337,
    });
    expect(NGHE_AN_SCHEME_FIGURES.bloc[Bloc.GOVERNMENT]).toBe(4748 + 71);
  });

  it("matches the scheme's totals for each qualification level", () => {
    expect(countBy(nghean, (o) => String(o.professionalLevel))).toEqual({
      [ProfessionalLevel.DOCTORATE]: 5,
      [ProfessionalLevel.MASTER]: 1018,
      [ProfessionalLevel.BACHELOR]: 7430,
      [ProfessionalLevel.COLLEGE_OR_VOCATIONAL]: 54,
      [ProfessionalLevel.ELEMENTARY_OR_NONE]: 5,
      null: 112,
    });
    expect(countBy(nghean, (o) => o.politicalTheoryLevel)).toEqual({
      [PoliticalTheoryLevel.ADVANCED]: 965,
      [PoliticalTheoryLevel.INTERMEDIATE]: 7005,
      [PoliticalTheoryLevel.ELEMENTARY]: 552,
      [PoliticalTheoryLevel.NONE]: 102,
    });
    expect(countBy(nghean, (o) => o.stateManagementLevel)).toEqual({
      [StateManagementLevel.SENIOR_PRINCIPAL_SPECIALIST]: 25,
      [StateManagementLevel.PRINCIPAL_SPECIALIST]: 828,
      [StateManagementLevel.SPECIALIST]: 7306,
      [StateManagementLevel.NONE]: 465,
    });
  });

  it('gives leaders the higher levels', () => {
    const secretaries = nghean.filter((o) => o.position === Position.PARTY_SECRETARY);
    expect(secretaries.every((o) => o.politicalTheoryLevel === PoliticalTheoryLevel.ADVANCED)).toBe(true);
    expect(secretaries.every((o) => o.professionalLevel !== null)).toBe(true);
    const none = nghean.filter((o) => o.politicalTheoryLevel === PoliticalTheoryLevel.NONE);
    expect(none.every((o) => o.position === Position.SPECIALIST)).toBe(true);
  });

  it('staffs every Nghệ An commune with 55-80 officials and one of each key post', () => {
    const communes = byCommune(nghean);
    expect(communes.size).toBe(130);
    for (const [code, staff] of communes) {
      const pos = countBy(staff, (o) => o.position);
      expect(staff.length, code).toBeGreaterThanOrEqual(55);
      expect(staff.length, code).toBeLessThanOrEqual(80);
      expect(pos[Position.PARTY_SECRETARY], code).toBe(1);
      expect(pos[Position.DEPUTY_PARTY_SECRETARY], code).toBeGreaterThanOrEqual(1);
      expect(pos[Position.DEPUTY_PARTY_SECRETARY], code).toBeLessThanOrEqual(2);
      expect(pos[Position.PEOPLES_COUNCIL_CHAIR], code).toBe(1);
      expect(pos[Position.PEOPLES_COMMITTEE_CHAIR], code).toBe(1);
      expect(pos[Position.FRONT_CHAIR], code).toBe(1);
      expect(pos[Position.MILITARY_COMMANDER], code).toBe(1);
      expect(staff.some((o) => o.position === Position.MASS_ORGANISATION_HEAD && o.gender === Gender.FEMALE), code).toBe(true);
    }
  });

  it('keeps positions consistent with blocs', () => {
    const blocOf: Partial<Record<Position, Bloc>> = {
      [Position.PARTY_SECRETARY]: Bloc.PARTY,
      [Position.INSPECTION_COMMITTEE_CHAIR]: Bloc.PARTY,
      [Position.PEOPLES_COUNCIL_CHAIR]: Bloc.GOVERNMENT,
      [Position.DIVISION_HEAD]: Bloc.GOVERNMENT,
      [Position.FRONT_CHAIR]: Bloc.FRONT,
      [Position.MASS_ORGANISATION_HEAD]: Bloc.FRONT,
      [Position.MILITARY_COMMANDER]: Bloc.MILITARY,
      [Position.MILITARY_DEPUTY_COMMANDER]: Bloc.MILITARY,
    };
    const wrong = officials.filter((o) => blocOf[o.position] !== undefined && blocOf[o.position] !== o.bloc);
    expect(wrong).toEqual([]);
  });

  it('gives every commune of every province a party secretary', () => {
    const withSecretary = new Set(officials.filter((o) => o.position === Position.PARTY_SECRETARY).map((o) => o.communeCode));
    for (const p of provinces) for (const c of p.communes) expect(withSecretary.has(c.code), c.code).toBe(true);
  });

  it('gives Đắk Lắk a secretary and a deputy per commune, Quảng Ninh four leaders per commune', () => {
    for (const staff of byCommune(daklak).values()) {
      expect(staff.map((o) => o.position).sort()).toEqual([Position.DEPUTY_PARTY_SECRETARY, Position.PARTY_SECRETARY]);
      expect(staff.every((o) => o.bloc === Bloc.PARTY)).toBe(true);
    }
    const qn = byCommune(quangninh);
    expect(qn.size).toBe(54);
    for (const staff of qn.values()) {
      expect(staff.map((o) => o.position).sort()).toEqual(
        [Position.FRONT_CHAIR, Position.PARTY_SECRETARY, Position.PEOPLES_COMMITTEE_CHAIR, Position.PEOPLES_COUNCIL_CHAIR].sort(),
      );
    }
  });

  it('has about a third women, and only women lead the Women\'s Union', () => {
    const women = nghean.filter((o) => o.gender === Gender.FEMALE).length / nghean.length;
    expect(women).toBeGreaterThanOrEqual(0.3);
    expect(women).toBeLessThanOrEqual(0.35);
    const frontWomen = nghean.filter((o) => o.bloc === Bloc.FRONT && o.gender === Gender.FEMALE).length;
    expect(frontWomen / NGHE_AN_SCHEME_FIGURES.bloc[Bloc.FRONT]).toBeGreaterThan(women);
  });

  it('copies the hardship flag and puts ethnic minorities in hardship communes', () => {
    const hardship = new Map(provinces.flatMap((p) => p.communes.map((c) => [c.code, c.hardship] as const)));
    expect(officials.filter((o) => o.hardshipArea !== hardship.get(o.communeCode))).toEqual([]);
    const remote = nghean.filter((o) => o.hardshipArea);
    const minority = remote.filter((o) => o.ethnicity !== 'Kinh').length / remote.length;
    expect(minority).toBeGreaterThan(0.5);
    const groups = new Set(remote.map((o) => o.ethnicity));
    for (const g of ['Thái', 'Khơ Mú', 'Mông', 'Ơ Đu']) expect(groups.has(g), g).toBe(true);
    const lowland = nghean.filter((o) => !o.hardshipArea && o.communeCode <= '40009'); // Vinh and Hoàng Mai wards
    expect(lowland.every((o) => o.ethnicity === 'Kinh')).toBe(true);
    const dlGroups = new Set(daklak.filter((o) => o.hardshipArea).map((o) => o.ethnicity));
    for (const g of ['Ê Đê', "M'nông", 'Gia Rai']) expect(dlGroups.has(g), g).toBe(true);
  });

  it('uses realistic names: ≈38 % Nguyễn among Kinh, Ê Đê names with Y / H\'', () => {
    const kinh = nghean.filter((o) => o.ethnicity === 'Kinh');
    const nguyen = kinh.filter((o) => o.fullName.startsWith('Nguyễn ')).length / kinh.length;
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.43);
    const ede = officials.filter((o) => o.ethnicity === 'Ê Đê');
    expect(ede.length).toBeGreaterThan(0);
    expect(ede.filter((o) => !(o.gender === Gender.MALE ? /^Y \S/ : /^H' \S/).test(o.fullName))).toEqual([]);
    expect(officials.filter((o) => o.fullName.split(' ').length < 2).map((o) => o.fullName)).toEqual([]);
  });

  it('writes all text in NFC without stray whitespace', () => {
    const bad = officials
      .flatMap((o) => [o.fullName, o.ethnicity])
      .filter((s) => !isNfc(s) || s !== s.trim() || /\s{2}/.test(s));
    expect(bad).toEqual([]);
  });

  it('gives plausible, valid dates of birth in 1965-2000', () => {
    const bad = officials.filter((o) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.dateOfBirth)) return true;
      const d = new Date(`${o.dateOfBirth}T00:00:00Z`);
      const year = d.getUTCFullYear();
      return d.toISOString().slice(0, 10) !== o.dateOfBirth || year < 1965 || year > 2000;
    });
    expect(bad).toEqual([]);
    const secretaries = nghean.filter((o) => o.position === Position.PARTY_SECRETARY);
    expect(secretaries.every((o) => Number(o.dateOfBirth.slice(0, 4)) <= 1985)).toBe(true);
  });

  it('gives unique Vietnamese mobile numbers', () => {
    const phones = officials.map((o) => o.phone);
    expect(new Set(phones).size).toBe(phones.length);
    expect(phones.filter((p) => !/^0(3[2-9]|8[1-9]|9\d)\d{7}$/.test(p))).toEqual([]);
  });

  it('gives about 60 % of officials a unique ASCII e-mail', () => {
    const emails = officials.map((o) => o.email).filter((e): e is string => e !== null);
    expect(new Set(emails).size).toBe(emails.length);
    const share = emails.length / officials.length;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.65);
    expect(emails.filter((e) => !/^[a-z0-9]+\.[a-z0-9]+@(nghean|daklak|quangninh)\.gov\.vn$/.test(e))).toEqual([]);
    const sample = nghean.find((o) => o.email !== null)!;
    expect(sample.email!.startsWith(`${asciiSlug(sample.fullName)}`)).toBe(true);
    expect(asciiSlug('Nguyễn Văn Đức')).toBe('nguyenvanduc');
    expect(asciiSlug("H' Linh Niê")).toBe('hlinhnie');
  });

  it('is deterministic: same seed → identical output, another seed → different output', () => {
    expect(generateOfficials(demoProvinces())).toEqual(officials);
    expect(generateOfficials(demoProvinces(), 20251110)).toEqual(officials);
    const other = generateOfficials(demoProvinces(), 42);
    expect(other).not.toEqual(officials);
    expect(other.filter((o) => o.communeCode.startsWith('40'))).toHaveLength(8624);
    expect(countBy(other.filter((o) => o.communeCode.startsWith('40')), (o) => o.politicalTheoryLevel)).toEqual(
      countBy(nghean, (o) => o.politicalTheoryLevel),
    );
  });

  it('does not depend on the other provinces for Nghệ An', () => {
    const alone = generateOfficials([province('40')]);
    expect(alone.map((o) => [o.fullName, o.position, o.professionalLevel])).toEqual(
      nghean.map((o) => [o.fullName, o.position, o.professionalLevel]),
    );
  });
});

describe('prng helpers', () => {
  it('repeats for a seed and respects ranges', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 100 }, () => a.int(3, 9));
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(3, 9)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(9);
    expect(createRng(8).next()).not.toBe(createRng(7).next());
    expect(createRng(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    const w = createRng(3);
    const picks = Array.from({ length: 2000 }, () => w.weighted([['a', 9], ['b', 1]] as const));
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(1700);
  });

  it('apportions exactly with minimums', () => {
    expect(apportion(10, [1, 1, 1], [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(337, Array(130).fill(1), Array(130).fill(2)).reduce((a, b) => a + b, 0)).toBe(337);
  });
});
