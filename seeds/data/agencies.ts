/**
 * Every agency (other than the communes, see communes.ts) that the seed documents name
 * as someone who does, leads, coordinates or receives the work of a plan.
 *
 * Left out on purpose:
 * - national bodies the city does not give tasks to: Bộ Khoa học và Công nghệ, Cục Chuyển đổi số
 *   Quốc gia (recipients of 001 and 002), Bộ Xây dựng (004);
 * - UBND thành phố itself and its Chairman / Vice-Chairs: the issuing authority and the signers;
 * - generic groups that are not one agency: "các doanh nghiệp viễn thông" (002, Nơi nhận; 001 II.2.a),
 *   "Tổ công nghệ số cộng đồng" (one per commune), "Trung tâm Phục vụ Hành chính công cấp xã"
 *   (one per commune).
 * The documents name only three departments (Sở, ban, ngành of the city): Sở Khoa học và Công
 * nghệ, Sở Tài chính and Văn phòng UBND thành phố. A task for "every department" goes to
 * these; add the other departments here (from an official list) to widen it.
 * No parent agencies are set: the documents do not say which centre belongs to which department.
 */
import { DOC_001, DOC_002, DOC_004, type SeedAgency } from './seed-types';

export const STANDING_OFFICE_ID = 'so-khcn';
export const STEERING_COMMITTEE_ID = 'ban-chi-dao';

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
    agencyId: 'buu-dien-hue',
    name: 'Bưu điện thành phố Huế',
    kind: 'other',
    sources: [{ document: DOC_002, section: 'Nơi nhận' }],
    note: 'A recipient of the plan; no task of the documents names it as lead.',
  },
];
