/**
 * Plan 495/KH-UBND of 31/12/2025: digital transformation of Huế city in 2026, signed by the
 * Chairman Nguyễn Khắc Toàn. Source: document 000 (a news article on the plan).
 *
 * The article gives the KPI targets for 2026 and, in its last paragraph, the plan's five groups
 * of tasks and solutions (nhóm nhiệm vụ, giải pháp), one clause each, separated by ';'. It names
 * no responsible agency, no legal basis and no deadline. So, as for Plan 455 (whose article
 * names no agency either): every group is one task led by the standing office, which can
 * reassign it, and due on the last day of the plan's year (2026-12-31), marked as the end of
 * the period. The article has no numbering: the codes NV.1 – NV.5 are labels of the seed.
 */
import { STANDING_OFFICE_ID } from './agencies';
import { DOC_000, type SeedIndicator, type SeedPlan, type SeedTask } from './seed-types';

const PLAN_ID = 'kh-495';
const RESPONSIBLE_NOTE =
  'The article names no responsible agency; the standing office (Sở Khoa học và Công nghệ) is used.';

const TASK_GROUPS_SECTION = 'đoạn 10 (các nhóm nhiệm vụ, giải pháp)';
const NO_AGENCY_NOTE =
  'The article names no agency for this group; the standing office (Sở Khoa học và Công nghệ) leads and can reassign.';

/** One group of tasks and solutions of the last paragraph; `clause` is its words there. */
function taskGroup(code: string, title: string, clause: string): SeedTask {
  return {
    code,
    title,
    quote: clause,
    lead: { agencyId: STANDING_OFFICE_ID },
    leadNote: NO_AGENCY_NOTE,
    dueDate: '2026-12-31',
    dueDateIsPeriodEnd: true,
    source: { document: DOC_000, section: TASK_GROUPS_SECTION },
  };
}

function target2026(
  indicatorId: string,
  code: string,
  group: string,
  name: string,
  value: number,
  section: string,
  qualifier?: string,
): SeedIndicator {
  return {
    indicatorId,
    code,
    name,
    group,
    unit: '%',
    direction: 'at_least',
    targets: [{ year: 2026, value, ...(qualifier ? { qualifier } : {}) }],
    responsibleAgencyId: STANDING_OFFICE_ID,
    responsibleAgencyNote: RESPONSIBLE_NOTE,
    source: { document: DOC_000, section },
  };
}

const CQS = 'Chính quyền số';
const HTS = 'Hạ tầng số';
const KTS = 'Kinh tế số';
const XHS = 'Xã hội số';

export const PLAN_495: SeedPlan = {
  planId: PLAN_ID,
  number: '495/KH-UBND',
  title: 'Chuyển đổi số thành phố Huế năm 2026',
  issuedOn: '2025-12-31',
  signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
  issuingAuthority: 'UBND thành phố Huế',
  period: { from: '2026-01-01', to: '2026-12-31' },
  legalBases: [],
  standingAgencyId: STANDING_OFFICE_ID,
  standingAgencyNote:
    'The article names no standing office; Sở Khoa học và Công nghệ is the standing office of the ' +
    'city’s digital transformation (document 002, VI.1).',
  summary:
    'Hoàn chỉnh Khung kiến trúc số; xây dựng chính quyền số gắn với cải cách hành chính; phát triển kinh tế số, xã hội số.',
  source: { document: DOC_000, section: 'đoạn 2 (số, ngày, người ký), đoạn 3' },
  gaps: [
    'Legal bases (căn cứ): not in the article; none recorded.',
    'Responsible agency of each indicator: not in the article; the standing office is used.',
    'Tasks: the article lists five groups of tasks and solutions (last paragraph) without agencies or deadlines; ' +
      'each is one task (NV.1 – NV.5, labels of the seed), quoted word for word.',
    'Lead agencies: the article names none; the standing office leads every task and can reassign it.',
    "Deadlines: the article gives none; the end of the plan's year (2026-12-31) is used, marked (dueDateIsPeriodEnd).",
  ],
  indicators: [
    target2026(
      'kh-495-cqs-ket-noi-mang-chuyen-dung',
      'CQS.1',
      CQS,
      'Tỷ lệ cơ quan Nhà nước trên địa bàn được kết nối hạ tầng mạng băng thông rộng trên mạng chuyên dùng của Chính phủ',
      100,
      'đoạn 4',
    ),
    target2026(
      'kh-495-cqs-dvc-truc-tuyen-toan-trinh',
      'CQS.2',
      CQS,
      'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
      80,
      'đoạn 5',
      'khoảng',
    ),
    target2026(
      'kh-495-cqs-ho-so-xu-ly-truc-tuyen',
      'CQS.3',
      CQS,
      'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến',
      80,
      'đoạn 5',
    ),
    target2026(
      'kh-495-cqs-dien-toan-dam-may',
      'CQS.4',
      CQS,
      'Tỷ lệ hệ thống thông tin và nền tảng số được triển khai trên hạ tầng điện toán đám mây',
      100,
      'đoạn 6',
    ),
    target2026(
      'kh-495-hts-thon-to-bang-rong',
      'HTS.1',
      HTS,
      'Tỷ lệ thôn, tổ dân phố được phủ sóng băng rộng cố định và băng rộng di động',
      100,
      'đoạn 6',
    ),
    target2026(
      'kh-495-hts-ho-gia-dinh-cap-quang',
      'HTS.2',
      HTS,
      'Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang',
      100,
      'đoạn 6',
    ),
    target2026(
      'kh-495-kts-doanh-nghiep-ung-dung-cntt',
      'KTS.1',
      KTS,
      'Tỷ lệ doanh nghiệp trên địa bàn ứng dụng công nghệ thông tin trong hoạt động sản xuất, kinh doanh và tham gia các hoạt động giao dịch điện tử',
      90,
      'đoạn 7',
    ),
    target2026('kh-495-kts-ty-trong-grdp', 'KTS.2', KTS, 'Tỷ trọng kinh tế số trong GRDP', 15, 'đoạn 7'),
    target2026(
      'kh-495-kts-hop-dong-dien-tu',
      'KTS.3',
      KTS,
      'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử',
      70,
      'đoạn 8',
      'khoảng',
    ),
    target2026(
      'kh-495-kts-dnnvv-nen-tang-so',
      'KTS.4',
      KTS,
      'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng các nền tảng số trong quản trị, sản xuất, kinh doanh',
      65,
      'đoạn 8',
      'khoảng',
    ),
    target2026(
      'kh-495-kts-lao-dong-kinh-te-so',
      'KTS.5',
      KTS,
      'Tỷ lệ lao động kinh tế số trong lực lượng lao động',
      2,
      'đoạn 8',
    ),
    target2026(
      'kh-495-xhs-dinh-danh-dien-tu',
      'XHS.1',
      XHS,
      'Tỷ lệ dân số được cấp định danh điện tử',
      85,
      'đoạn 9',
    ),
    target2026(
      'kh-495-xhs-tai-khoan-thanh-toan',
      'XHS.2',
      XHS,
      'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán',
      75,
      'đoạn 9',
    ),
    target2026(
      'kh-495-xhs-chu-ky-so',
      'XHS.3',
      XHS,
      'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân',
      40,
      'đoạn 9',
      'trên',
    ),
    target2026(
      'kh-495-xhs-ky-nang-so-co-ban',
      'XHS.4',
      XHS,
      'Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản',
      50,
      'đoạn 9',
      'hơn',
    ),
  ],
  tasks: [
    taskGroup(
      'NV.1',
      'Tăng cường vai trò lãnh đạo, chỉ đạo và giám sát hoạt động chuyển đổi số',
      'tăng cường vai trò lãnh đạo, chỉ đạo và giám sát hoạt động chuyển đổi số',
    ),
    taskGroup('NV.2', 'Hoàn thiện thể chế, chính sách số', 'hoàn thiện thể chế, chính sách số'),
    taskGroup(
      'NV.3',
      'Phát triển hạ tầng số, dữ liệu số và nhân lực số',
      'phát triển hạ tầng số, dữ liệu số và nhân lực số',
    ),
    taskGroup('NV.4', 'Bảo đảm an toàn thông tin mạng', 'bảo đảm an toàn thông tin mạng'),
    taskGroup(
      'NV.5',
      'Đẩy mạnh truyền thông, nâng cao nhận thức, mở rộng hợp tác với doanh nghiệp và các tổ chức nghiên cứu trong nước, quốc tế',
      'đồng thời đẩy mạnh truyền thông, nâng cao nhận thức, mở rộng hợp tác với doanh nghiệp và các tổ chức nghiên cứu trong nước, quốc tế',
    ),
  ],
  amendments: [],
};
