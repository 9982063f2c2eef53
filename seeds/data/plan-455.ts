/**
 * Plan 455/KH-UBND: building and consolidating the information and digital infrastructure of
 * Huế city to 2030, signed by the Standing Vice-Chairman Nguyễn Thanh Bình. Source: document
 * 003 (a news article of 25/11/2025 on the plan).
 *
 * The article gives no date of issue (only that the plan "đã ký", has been signed, by the
 * article's date 25/11/2025), so `issuedOn` is null: the plan is loaded with its date of issue
 * recorded as unknown, to be filled in from the plan itself. It names no agency at all: every task and indicator is
 * given to the standing office, marked as such. It has no numbering: the task codes below
 * (GĐ1, GĐ2 for the two phases, ND.n for the other content) are labels chosen for the seed.
 */
import { STANDING_OFFICE_ID } from './agencies';
import { DOC_003, type SeedPlan, type SeedTask } from './seed-types';

/** One sentence of the article gives both deadlines of phase 1. */
const CONSOLIDATION_SENTENCE =
  'Công tác hợp nhất hạ tầng tập trung dự kiến hoàn thành trong năm 2026, đảm bảo vận hành ổn định hệ thống tập trung và kết nối thông suốt với Trung tâm Dữ liệu quốc gia cũng như Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trước tháng 6/2026.';

const NO_AGENCY_NOTE =
  'The article names no agency; the standing office (Sở Khoa học và Công nghệ) leads and can reassign.';

function task(
  code: string,
  title: string,
  dueDate: string,
  dueDateIsPeriodEnd: boolean,
  section: string,
  quote: string,
): SeedTask {
  return {
    code,
    title,
    quote,
    lead: { agencyId: STANDING_OFFICE_ID },
    leadNote: NO_AGENCY_NOTE,
    dueDate,
    dueDateIsPeriodEnd,
    source: { document: DOC_003, section },
  };
}

export const PLAN_455: SeedPlan = {
  planId: 'kh-455',
  number: '455/KH-UBND',
  title: 'Xây dựng, hợp nhất hạ tầng thông tin, hạ tầng số trên địa bàn thành phố Huế đến năm 2030',
  issuedOn: null,
  signer: { name: 'Nguyễn Thanh Bình', title: 'Phó Chủ tịch Thường trực' },
  issuingAuthority: 'UBND thành phố Huế',
  period: { from: '2026-01-01', to: '2030-12-31' },
  // The article gives the phases by years only: each runs from 1 January of its first year to
  // 31 December of its last. Each focus is the article's own words after "sẽ tập trung (vào việc)".
  phases: [
    {
      name: 'Giai đoạn 2026 – 2028',
      from: '2026-01-01',
      to: '2028-12-31',
      focus: 'hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng',
      source: { document: DOC_003, section: 'đoạn 8' },
    },
    {
      name: 'Giai đoạn 2029 – 2030',
      from: '2029-01-01',
      to: '2030-12-31',
      focus:
        'tối ưu hóa và hiện đại hóa toàn bộ hạ tầng thông tin – hạ tầng số đã hợp nhất, ứng dụng các công nghệ mới như điện toán đám mây quy mô lớn, trí tuệ nhân tạo và hệ thống xử lý dữ liệu lớn',
      source: { document: DOC_003, section: 'đoạn 10' },
    },
  ],
  legalBases: [],
  standingAgencyId: STANDING_OFFICE_ID,
  standingAgencyNote:
    'The article names no standing office; Sở Khoa học và Công nghệ is the standing office of the ' +
    'city’s digital transformation (document 002, VI.1).',
  summary:
    'Hai giai đoạn: 2026 – 2028 hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng; 2029 – 2030 tối ưu hóa, ' +
    'hiện đại hóa hạ tầng thông tin – hạ tầng số đã hợp nhất.',
  source: { document: DOC_003, section: 'đoạn 2 (số, người ký), đoạn 8 và 10 (hai giai đoạn)' },
  gaps: [
    'Date of issue: not in the article (it reports the plan as signed by 25/11/2025, its own date); ' +
      'issuedOn is null, recorded as unknown.',
    'Period: the article names the two phases 2026 – 2028 and 2029 – 2030; the period 2026-01-01 to 2030-12-31 is taken from them.',
    'Phases: the article gives them by years only; each is recorded from 1 January of its first year to 31 December of its last.',
    'Legal bases: not in the article; none recorded.',
    'Agencies: the article names none; the standing office leads every task and answers for the indicators.',
    'Task codes: the article has no numbering; GĐ1/GĐ2 (phases) and ND.n (content) are labels of the seed.',
  ],
  indicators: [
    {
      indicatorId: 'kh-455-phuong-xa-bang-rong',
      code: 'HT.1',
      name: 'Tỷ lệ phường, xã được phủ sóng băng thông rộng di động (4G/5G) và Internet cố định cáp quang tốc độ cao',
      group: 'Hạ tầng số',
      unit: '%',
      direction: 'at_least',
      targets: [{ year: 2030, value: 100 }],
      responsibleAgencyId: STANDING_OFFICE_ID,
      responsibleAgencyNote: NO_AGENCY_NOTE,
      source: { document: DOC_003, section: 'đoạn 4' },
    },
    {
      indicatorId: 'kh-455-nguoi-dan-internet-bang-rong',
      code: 'HT.2',
      name: 'Tỷ lệ người dân sử dụng Internet băng rộng',
      group: 'Hạ tầng số',
      unit: '%',
      direction: 'at_least',
      targets: [{ year: 2030, value: 95, qualifier: 'trên' }],
      responsibleAgencyId: STANDING_OFFICE_ID,
      responsibleAgencyNote: NO_AGENCY_NOTE,
      source: { document: DOC_003, section: 'đoạn 4' },
    },
  ],
  tasks: [
    task(
      'GĐ1',
      'Giai đoạn 2026 – 2028: hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng',
      '2028-12-31',
      true,
      'đoạn 8',
      'Giai đoạn 2026 – 2028 sẽ tập trung vào việc hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng.',
    ),
    task(
      'GĐ1.a',
      'Hoàn thành công tác hợp nhất hạ tầng tập trung trong năm 2026, đảm bảo vận hành ổn định hệ thống tập trung',
      '2026-12-31',
      true,
      'đoạn 8 ("dự kiến hoàn thành trong năm 2026")',
      CONSOLIDATION_SENTENCE,
    ),
    task(
      'GĐ1.b',
      'Kết nối thông suốt với Trung tâm Dữ liệu quốc gia và Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trước tháng 6/2026',
      '2026-05-31',
      false,
      'đoạn 8 ("trước tháng 6/2026": the last day before June 2026)',
      CONSOLIDATION_SENTENCE,
    ),
    task(
      'GĐ2',
      'Giai đoạn 2029 – 2030: tối ưu hóa và hiện đại hóa toàn bộ hạ tầng thông tin – hạ tầng số đã hợp nhất, ứng dụng các công nghệ mới như điện toán đám mây quy mô lớn, trí tuệ nhân tạo và hệ thống xử lý dữ liệu lớn',
      '2030-12-31',
      true,
      'đoạn 10',
      'Giai đoạn 2029 – 2030 sẽ tập trung tối ưu hóa và hiện đại hóa toàn bộ hạ tầng thông tin – hạ tầng số đã hợp nhất, ứng dụng các công nghệ mới như điện toán đám mây quy mô lớn, trí tuệ nhân tạo và hệ thống xử lý dữ liệu lớn.',
    ),
    task(
      'ND.1',
      'Xây dựng và nâng cấp Trung tâm Dữ liệu tập trung của thành phố theo tiêu chuẩn hiện đại, đáp ứng yêu cầu bảo mật và khả năng mở rộng',
      '2030-12-31',
      true,
      'đoạn 6',
      'Một trong những điểm nổi bật của kế hoạch là việc xây dựng và nâng cấp Trung tâm Dữ liệu tập trung của thành phố theo tiêu chuẩn hiện đại, đáp ứng yêu cầu bảo mật và khả năng mở rộng.',
    ),
    task(
      'ND.2',
      'Triển khai nền tảng điện toán đám mây dùng chung cho các cơ quan, đơn vị, đồng bộ kết nối với hạ tầng đám mây quốc gia',
      '2030-12-31',
      true,
      'đoạn 6',
      'Thành phố cũng sẽ triển khai nền tảng điện toán đám mây dùng chung cho các cơ quan, đơn vị, đồng bộ kết nối với hạ tầng đám mây quốc gia.',
    ),
    task(
      'ND.3',
      'Phát triển các nền tảng dùng chung cho chính quyền số: nền tảng định danh, nền tảng quản lý văn bản, nền tảng báo cáo và phân tích dữ liệu',
      '2030-12-31',
      true,
      'đoạn 7',
      'Huế cũng định hướng phát triển loạt nền tảng dùng chung cho chính quyền số như nền tảng định danh, nền tảng quản lý văn bản, nền tảng báo cáo và phân tích dữ liệu.',
    ),
    task(
      'ND.4',
      'Đẩy mạnh ứng dụng công nghệ AI và IoT trong quản lý đô thị, xây dựng, giao thông, môi trường, du lịch và văn hóa',
      '2030-12-31',
      true,
      'đoạn 7',
      'Công nghệ AI và IoT sẽ được đẩy mạnh ứng dụng trong nhiều lĩnh vực gồm quản lý đô thị, xây dựng, giao thông, môi trường, du lịch và văn hóa.',
    ),
    task(
      'ND.5',
      'Bảo đảm mỗi người dân có ít nhất một định danh số và chữ ký số để sử dụng trong các giao dịch điện tử',
      '2030-12-31',
      true,
      'đoạn 7',
      'Mỗi người dân sẽ có ít nhất một định danh số và chữ ký số để sử dụng trong các giao dịch điện tử, tạo điều kiện thuận lợi cho việc thực hiện các dịch vụ công trực tuyến.',
    ),
  ],
  amendments: [],
};
