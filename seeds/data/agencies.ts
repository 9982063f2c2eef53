/**
 * Every agency (other than the communes, see communes.ts) that the seed documents name
 * as someone who does, leads, coordinates or receives the work of a plan.
 *
 * Also here, as the documents name them:
 * - the two ministries the documents report to (kind `ministry`): Bộ Khoa học và Công nghệ
 *   (recipient of 001 and 002) and Bộ Xây dựng (004: the smart-city report). No task names
 *   either as lead or coordinator; they are in the directory so that reports can name them;
 * - bodies the documents name as a whole, without listing their members, each registered as
 *   one unit that stands for all of them: the community digital technology teams (Tổ công nghệ
 *   số cộng đồng, one per commune in fact), the telecom enterprises (các doanh nghiệp viễn
 *   thông), the schools from primary to upper secondary, and the city-level offices (phòng,
 *   ban, ngành, lĩnh vực cấp thành phố) beyond the three departments the documents name.
 *   Split them into their members (from an official list) when it is at hand.
 *
 * Left out on purpose:
 * - Cục Chuyển đổi số Quốc gia (a recipient of 002, part of Bộ Khoa học và Công nghệ);
 * - UBND thành phố itself and its Chairman / Vice-Chairs: the issuing authority and the signers;
 * - "Trung tâm Phục vụ Hành chính công cấp xã" (one per commune, the commune's own: VI.4.2 of 002
 *   goes to the communes).
 * The documents name only three departments (Sở, ban, ngành of the city): Sở Khoa học và Công
 * nghệ, Sở Tài chính and Văn phòng UBND thành phố. A task for "every department" goes to
 * these; add the other departments here (from an official list) to widen it.
 * No parent agencies are set: the documents do not say which centre belongs to which department.
 */
import { DOC_001, DOC_002, DOC_004, type SeedAgency } from './seed-types';

export const STANDING_OFFICE_ID = 'so-khcn';
export const STEERING_COMMITTEE_ID = 'ban-chi-dao';
/** The departments the documents name (every task "for each department" goes to them). */
export const NAMED_DEPARTMENT_IDS = [STANDING_OFFICE_ID, 'so-tai-chinh', 'van-phong-ubnd'] as const;
export const COMMUNITY_DIGITAL_TEAMS_ID = 'to-cong-nghe-so-cong-dong';
export const TELECOM_ENTERPRISES_ID = 'doanh-nghiep-vien-thong';
export const SCHOOLS_ID = 'co-so-giao-duc-pho-thong';
export const CITY_OFFICES_ID = 'phong-ban-nganh-cap-thanh-pho';

export const SEED_AGENCIES: readonly SeedAgency[] = [
  {
    agencyId: STANDING_OFFICE_ID,
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    kind: 'department',
    sources: [
      { document: DOC_002, section: 'VI.1 (cơ quan Thường trực của Ban Chỉ đạo), VI.2' },
      { document: DOC_001, section: 'III (cơ quan đầu mối)' },
    ],
  },
  {
    agencyId: 'so-tai-chinh',
    name: 'Sở Tài chính',
    kind: 'department',
    sources: [{ document: DOC_002, section: 'VI.3' }],
  },
  {
    agencyId: 'van-phong-ubnd',
    name: 'Văn phòng UBND thành phố',
    shortName: 'VP.UBND thành phố',
    kind: 'department',
    sources: [
      { document: DOC_001, section: 'Nơi nhận ("VP.UBND thành phố: CVP, các PCVP")' },
      { document: DOC_002, section: 'Nơi nhận ("VP: CVP, các PCVP")' },
    ],
  },
  {
    agencyId: STEERING_COMMITTEE_ID,
    name: 'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 thành phố',
    shortName: 'Ban Chỉ đạo',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'III.1, IV.1, VI.1' }],
    note:
      'The full name as VI.1, IV.1 and III.1 (bullet 1) of document 002 write it. III.1 bullet 3 writes ' +
      '"Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 các cấp" ' +
      '(the committees of every level); this is the city’s.',
  },
  {
    agencyId: 'tt-cntt',
    name: 'Trung tâm Công nghệ thông tin thành phố',
    shortName: 'TT CNTT',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'VI.5' }],
  },
  {
    agencyId: 'trung-tam-ioc',
    name: 'Trung tâm Giám sát, điều hành đô thị thông minh',
    shortName: 'HueIOC',
    kind: 'other',
    sources: [
      { document: DOC_002, section: 'III.6.3, gạch đầu dòng 3 ("Trung tâm IOC")' },
      { document: DOC_004, section: 'mục "Đô thị thông minh dựa trên dữ liệu và nền tảng số", đoạn 2' },
    ],
  },
  {
    agencyId: 'cong-an-thanh-pho',
    name: 'Công an thành phố',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'III.6.2, gạch đầu dòng 3 (SOC của Công an thành phố)' }],
  },
  {
    agencyId: 'ubmttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
    shortName: 'UBMTTQVN thành phố',
    kind: 'other',
    sources: [{ document: DOC_001, section: 'III, gạch đầu dòng 3; Nơi nhận' }],
  },
  {
    agencyId: 'hoi-nong-dan',
    name: 'Hội Nông dân',
    kind: 'other',
    sources: [{ document: DOC_001, section: 'II.2.d' }],
    note: 'The document names it without saying at which level; the city level is meant here.',
  },
  {
    agencyId: 'hoi-lien-hiep-phu-nu',
    name: 'Hội Liên hiệp Phụ nữ',
    kind: 'other',
    sources: [{ document: DOC_001, section: 'II.2.d' }],
    note: 'The document names it without saying at which level; the city level is meant here.',
  },
  {
    agencyId: 'doan-thanh-nien',
    name: 'Đoàn Thanh niên',
    kind: 'other',
    sources: [{ document: DOC_001, section: 'II.2.d' }],
    note: 'The document names it without saying at which level; the city level is meant here.',
  },
  {
    agencyId: 'nhnn-kv9',
    name: 'Ngân hàng Nhà nước Chi nhánh Khu vực 9',
    shortName: 'NHNN KV9',
    kind: 'other',
    sources: [{ document: DOC_001, section: 'II.4' }],
    note: 'The document writes "Ngân hàng Việt Nam chi nhánh Khu vực 9" (the State Bank branch of Region 9).',
  },
  {
    agencyId: 'hiep-hoi-doanh-nghiep',
    name: 'Hiệp hội Doanh nghiệp thành phố',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'VI.6' }],
  },
  {
    agencyId: 'hoi-doanh-nghiep-tre',
    name: 'Hội Doanh nghiệp trẻ',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'VI.6' }],
  },
  {
    agencyId: 'hoi-cntt-dtvt',
    name: 'Hội Công nghệ thông tin và Điện tử viễn thông',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'VI.6' }],
  },
  {
    agencyId: 'dai-hoc-hue',
    name: 'Đại học Huế',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'VI.7' }],
  },
  {
    agencyId: 'truong-cao-dang-hue',
    name: 'Trường Cao đẳng Huế',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'VI.7' }],
  },
  {
    agencyId: COMMUNITY_DIGITAL_TEAMS_ID,
    name: 'Tổ công nghệ số cộng đồng',
    shortName: 'Tổ CNSCĐ',
    kind: 'other',
    sources: [
      { document: DOC_001, section: 'II.2.d; III, gạch đầu dòng 4' },
      { document: DOC_002, section: 'III.4, gạch đầu dòng 3; III.8, gạch đầu dòng 7; VI.4, gạch đầu dòng 5' },
    ],
    note:
      'One team per commune in fact ("các Tổ công nghệ số cộng đồng tại các phường, xã"); the documents do not ' +
      'list them, so one unit stands for them all and coordinates the tasks that name them.',
  },
  {
    agencyId: TELECOM_ENTERPRISES_ID,
    name: 'Các doanh nghiệp viễn thông',
    shortName: 'DN viễn thông',
    kind: 'other',
    sources: [
      { document: DOC_001, section: 'II.2.a ("Phối hợp với các doanh nghiệp viễn thông")' },
      { document: DOC_002, section: 'Nơi nhận ("Các DN Viễn thông")' },
    ],
    note: 'The documents name the telecom enterprises as a whole, none by name: one unit stands for them.',
  },
  {
    agencyId: SCHOOLS_ID,
    name: 'Các cơ sở giáo dục từ tiểu học đến trung học phổ thông',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'III.4, gạch đầu dòng 5' }],
    note: 'The document names the schools as a whole, none by name: one unit stands for them.',
  },
  {
    agencyId: CITY_OFFICES_ID,
    name: 'Các phòng, ban, ngành, lĩnh vực cấp thành phố',
    kind: 'other',
    sources: [
      {
        document: DOC_001,
        section: 'II.2.c, gạch đầu dòng 1 ("mỗi phòng, ban, ngành, lĩnh vực cấp thành phố")',
      },
    ],
    note:
      'The document asks each of them without listing them. The three departments the documents name are ' +
      'registered on their own; this unit stands for the others until an official list is added. ' +
      'Not a department here, so tasks "for every department" do not go to it twice.',
  },
  {
    agencyId: 'bo-khcn',
    name: 'Bộ Khoa học và Công nghệ',
    shortName: 'Bộ KH&CN',
    kind: 'ministry',
    sources: [
      { document: DOC_001, section: 'Nơi nhận ("Bộ KH&CN")' },
      { document: DOC_002, section: 'Nơi nhận; III.2, gạch đầu dòng 1' },
    ],
    note: 'A recipient of the plans; no task names it as lead or coordinator.',
  },
  {
    agencyId: 'bo-xay-dung',
    name: 'Bộ Xây dựng',
    kind: 'ministry',
    sources: [{ document: DOC_004, section: 'đoạn 2 (báo cáo với Đoàn công tác của Bộ Xây dựng)' }],
    note: 'The city reports to it on the smart-city scheme; no task names it as lead or coordinator.',
  },
  {
    agencyId: 'buu-dien-hue',
    name: 'Bưu điện thành phố Huế',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'Nơi nhận' }],
    note: 'A recipient of the plan; no task of the documents names it as lead.',
  },
];
