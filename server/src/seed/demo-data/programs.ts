/**
 * The demo training programs, with the real topic titles of the seeds (DOMAIN.md, "Programs and classes").
 * Pure data: `demo-seed.ts` writes it. Hours assume about 8 teaching hours a day.
 */
import type { TopicKind } from '../../programs/program.enums';

export interface ProgramTopicSeed {
  title: string;
  kind: `${TopicKind}`;
  hours: number;
  /** Target group codes; omitted = every group of the program. */
  groups?: string[];
}

export interface ProgramSeed {
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  description: string;
  targetGroups: { code: string; name: string }[];
  topics: ProgramTopicSeed[];
}

const QN_GROUPS = [
  { code: 'BI_THU', name: 'Bí thư, phó bí thư cấp ủy cấp xã' },
  { code: 'UBND', name: 'Chủ tịch, phó chủ tịch UBND cấp xã' },
  { code: 'HDND', name: 'Chủ tịch, phó chủ tịch HĐND cấp xã' },
  { code: 'MTTQ', name: 'Chủ tịch MTTQ và trưởng các tổ chức chính trị - xã hội' },
];

// Quảng Ninh: each group studies 5 days = 40 hours: the 4 common topics (4 h each) and its own 4 (6 h each).
const qnGroup = (code: string, topics: [string, ProgramTopicSeed['kind']][]): ProgramTopicSeed[] =>
  topics.map(([title, kind]) => ({ title, kind, hours: 6, groups: [code] }));

/** Quảng Ninh 2022-2025 framework (seed 004): 20 topics = 4 common + 4 for each of 4 groups. */
const QUANG_NINH: ProgramSeed = {
  code: 'QN-2022-XA',
  title: 'Chương trình bồi dưỡng cán bộ cấp xã trên địa bàn tỉnh Quảng Ninh, giai đoạn 2022 - 2025',
  startYear: 2022,
  endYear: 2025,
  description:
    'Khung chương trình của Trường Đào tạo cán bộ Nguyễn Văn Cừ: 20 chuyên đề cho 4 nhóm đối tượng, mỗi chương trình bồi dưỡng 5 ngày.',
  targetGroups: QN_GROUPS,
  topics: [
    { title: 'Phát triển kinh tế thị trường định hướng XHCN và những vấn đề đặt ra đối với hệ thống chính trị ở cơ sở', kind: 'THEORY', hours: 4 },
    {
      title:
        'Hệ thống chính trị cơ sở với công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái, thù địch trong bối cảnh cách mạng công nghiệp lần thứ tư',
      kind: 'THEORY',
      hours: 4,
    },
    { title: 'Hệ thống chính trị cơ sở với công cuộc chuyển đổi số', kind: 'THEORY', hours: 4 },
    { title: 'Phát triển văn hóa, con người góp phần xây dựng Quảng Ninh giàu đẹp, văn minh, hiện đại', kind: 'THEORY', hours: 4 },
    ...qnGroup('BI_THU', [
      ['Nội dung, phương thức lãnh đạo cấp ủy cơ sở xã, phường, thị trấn', 'THEORY'],
      ['Công tác của Bí thư, Phó bí thư cấp ủy cơ sở', 'THEORY'],
      ['Nâng cao chất lượng tổ chức cơ sở đảng xã, phường, thị trấn trong tình hình hiện nay', 'THEORY'],
      ['Xử lý tình huống trong công tác xây dựng Đảng ở cơ sở', 'CASE_EXERCISE'],
    ]),
    ...qnGroup('HDND', [
      ['Nâng cao chất lượng hoạt động của Thường trực HĐND cấp xã', 'THEORY'],
      ['Công tác giám sát của HĐND cấp xã đối với việc thực thi pháp luật', 'THEORY'],
      ['Kỹ năng tổ chức các kỳ họp của HĐND cấp xã', 'PRACTICE'],
      ['Kỹ năng xây dựng và triển khai thực hiện chương trình giám sát của HĐND cấp xã', 'PRACTICE'],
    ]),
    ...qnGroup('UBND', [
      ['Xây dựng công sở dân chủ, chuyên nghiệp, hiện đại', 'THEORY'],
      ['Kỹ năng phát hiện và giải quyết các vấn đề trong quản lý nhà nước ở địa phương', 'CASE_EXERCISE'],
      [
        'Cải cách hành chính ở cơ sở hướng tới mục tiêu xây dựng chính quyền liêm chính, phục vụ, thực sự của dân, do dân, vì dân',
        'THEORY',
      ],
      ['Kỹ năng xử lý khủng hoảng truyền thông của chính quyền cơ sở', 'CASE_EXERCISE'],
    ]),
    ...qnGroup('MTTQ', [
      ['Kỹ năng giám sát, phản biện xã hội của MTTQ và các tổ chức chính trị - xã hội ở cơ sở', 'PRACTICE'],
      ['MTTQ và các tổ chức chính trị - xã hội tham gia xây dựng Đảng, chính quyền cơ sở', 'THEORY'],
      ['Đổi mới nội dung, phương thức hoạt động của MTTQ và các tổ chức chính trị - xã hội ở cơ sở', 'THEORY'],
      ['Kỹ năng tuyên truyền, vận động, hòa giải của cán bộ cơ sở', 'ROLE_PLAY'],
    ]),
  ],
};

/** Đắk Lắk 2025 (seed 001): 7 topics for party secretaries and deputies of 102 communes, 18-22/8/2025. */
const DAK_LAK: ProgramSeed = {
  code: 'DL-2025-BT',
  title: 'Bồi dưỡng cán bộ, công chức cấp xã năm 2025: bí thư, phó bí thư Đảng ủy',
  startYear: 2025,
  endYear: 2025,
  description: 'Sở Nội vụ tỉnh Đắk Lắk, 18-22/8/2025, cho lãnh đạo Đảng ủy 102 xã, phường. Học viên phải tham gia đầy đủ.',
  targetGroups: [{ code: 'BI_THU', name: 'Bí thư, phó bí thư Đảng ủy xã, phường' }],
  topics: [
    { title: 'Tư duy, tầm nhìn của cán bộ lãnh đạo, quản lý về phát triển địa phương trong kỷ nguyên mới', kind: 'THEORY', hours: 6 },
    { title: 'Các nguyên tắc tổ chức, hoạt động của Đảng', kind: 'THEORY', hours: 6 },
    { title: 'Đổi mới phương thức lãnh đạo của Đảng ủy đối với chính quyền cấp xã trong điều kiện mới', kind: 'THEORY', hours: 6 },
    { title: 'Phát huy dân chủ, khơi dậy khát vọng của nhân dân tham gia xây dựng địa phương', kind: 'THEORY', hours: 5 },
    { title: 'Đảng lãnh đạo xây dựng chính quyền cấp xã hiện nay', kind: 'THEORY', hours: 5 },
    {
      title: 'Đảng lãnh đạo thực hiện phân cấp, phân quyền đối với Chính quyền địa phương cấp xã trong bối cảnh mới',
      kind: 'THEORY',
      hours: 6,
    },
    { title: 'Đảng lãnh đạo xây dựng chính quyền cấp xã hướng đến phục vụ nhân dân', kind: 'THEORY', hours: 6 },
  ],
};

/** Nghệ An 2025 (seed 000): a two-day course at Quỳnh Lưu, 18-19/9/2025, about 150 officials of 27 communes. */
const NGHE_AN_2025: ProgramSeed = {
  code: 'NA-2025-TH',
  title: 'Tập huấn công tác tổ chức chính quyền địa phương 2 cấp cho cán bộ, công chức các xã',
  startYear: 2025,
  endYear: 2025,
  description: 'Sở Nội vụ Nghệ An, 2 ngày 18 và 19/9/2025 tại xã Quỳnh Lưu.',
  targetGroups: [{ code: 'CBCC', name: 'Cán bộ, công chức cấp xã' }],
  topics: [
    { title: 'Triển khai một số điểm mới của Luật Tổ chức chính quyền địa phương', kind: 'THEORY', hours: 3 },
    {
      title: 'Công tác tổ chức chính quyền địa phương 2 cấp; giải đáp khó khăn, vướng mắc trong vận hành chính quyền địa phương cấp xã',
      kind: 'CASE_EXERCISE',
      hours: 4,
    },
    { title: 'Một số quy định mới của Luật Cán bộ, công chức năm 2025', kind: 'THEORY', hours: 3 },
    { title: 'Hướng dẫn sử dụng cơ sở dữ liệu người có công', kind: 'PRACTICE', hours: 2 },
    { title: 'Công tác dân vận chính quyền, công tác thanh niên, bình đẳng giới, vì sự tiến bộ của phụ nữ', kind: 'THEORY', hours: 4 },
  ],
};

/**
 * Nghệ An 2026-2030 scheme (seed 003): 5 days a class (40 h), 30% theory and 70% skills and practice, taught by
 * guiding rather than lecturing: case handling, group discussion, simulation, role-play, a field trip, the essay.
 */
const NGHE_AN_2026: ProgramSeed = {
  code: 'NA-2026-XA',
  title: 'Bồi dưỡng kiến thức, kỹ năng mới cho cán bộ, công chức cấp xã tỉnh Nghệ An giai đoạn 2026 - 2030',
  startYear: 2026,
  endYear: 2030,
  description:
    'Đề án của Tỉnh ủy Nghệ An: 28-32 lớp/năm, 60-70 học viên/lớp, 5 ngày/lớp tại Trường Chính trị tỉnh, trực tiếp kết hợp trực tuyến; 30% lý luận, 70% nghiệp vụ, kỹ năng và thực tiễn.',
  targetGroups: [
    { code: 'DANG', name: 'Cán bộ, công chức làm việc trong đảng ủy cấp xã' },
    { code: 'CHINH_QUYEN', name: 'Cán bộ, công chức làm việc trong HĐND và UBND cấp xã' },
    { code: 'MAT_TRAN', name: 'Cán bộ, công chức làm việc trong Ủy ban MTTQ và các tổ chức chính trị - xã hội cấp xã' },
  ],
  topics: [
    {
      title:
        'Nghị quyết Đại hội XIV của Đảng, các nghị quyết trụ cột của Bộ Chính trị (57, 59, 66, 68) và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX',
      kind: 'THEORY',
      hours: 4,
    },
    { title: 'Tổ chức, vận hành mô hình chính quyền địa phương 2 cấp', kind: 'THEORY', hours: 4 },
    { title: 'Nghị quyết số 39-NQ/TW về xây dựng và phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045', kind: 'THEORY', hours: 4 },
    { title: 'Kỹ năng làm việc trên môi trường số, chính quyền số và cải cách hành chính', kind: 'PRACTICE', hours: 4 },
    { title: 'Xử lý tình huống tại cơ sở: tài chính - ngân sách, đất đai, đầu tư công', kind: 'CASE_EXERCISE', hours: 4, groups: ['CHINH_QUYEN'] },
    { title: 'Thảo luận nhóm: chia sẻ kinh nghiệm giải quyết những vấn đề thực tiễn của xã', kind: 'PRACTICE', hours: 4 },
    { title: 'Mô phỏng: kỹ năng tham mưu, soạn thảo văn bản và quản trị nội bộ', kind: 'PRACTICE', hours: 4, groups: ['DANG', 'CHINH_QUYEN'] },
    { title: 'Đóng vai: tiếp công dân, vận động Nhân dân, hòa giải mâu thuẫn', kind: 'ROLE_PLAY', hours: 4, groups: ['CHINH_QUYEN', 'MAT_TRAN'] },
    { title: 'Đi thực tế tại xã, phường điển hình của tỉnh', kind: 'FIELD_TRIP', hours: 4 },
    { title: 'Viết bài thu hoạch', kind: 'REFLECTION_ESSAY', hours: 4 },
  ],
};

export const DEMO_PROGRAMS: readonly ProgramSeed[] = [QUANG_NINH, DAK_LAK, NGHE_AN_2025, NGHE_AN_2026];
