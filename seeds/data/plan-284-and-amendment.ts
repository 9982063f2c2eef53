/**
 * Plan 284/KH-UBND of 18/5/2026 (the National Strategy for the digital economy and digital
 * society 2026-2030 in Huế city) and the plan that amends it after Decision 1033/QĐ-TTg of
 * 09/6/2026, signed "KT. Chủ tịch" by the Vice-Chair Trần Hữu Thùy Giang. Source: document 001,
 * the amending plan. Plan 284 itself is not among the seed documents: all that is known of it
 * is what the amending plan says.
 *
 * What the documents lack (loaded as unknown, and listed by the loader):
 * - the signer of Plan 284: `signer: null`;
 * - the targets of Plan 284 before the amendment: the amending plan "updates" (cập nhật) or
 *   "modifies" (sửa đổi) four targets without saying "from X to Y", so the original values are
 *   unknown: `targets: null` on those four indicators, which are defined with no target, so
 *   the amendment's revisions of them have no previous value (null: not recorded before);
 * - the number and the date of the amending plan: `null`. Its legal basis is dated 09/6/2026,
 *   so it was issued on or after that day.
 * Fill these in from the official documents when they are at hand.
 *
 * Tasks the amendment adds are coded after the amending plan's own sections, prefixed 'SĐ-'
 * (sửa đổi), e.g. 'SĐ-II.2.c.1', so they never clash with the numbering of Plan 284.
 * Where the amending plan names no lead agency, the task goes to Sở Khoa học và Công nghệ,
 * "cơ quan đầu mối, chịu trách nhiệm quản lý, tổng hợp tình hình triển khai Kế hoạch" (III).
 * No task gives a deadline: all use the end of the plan's period (2030-12-31), marked.
 */
import {
  CITY_OFFICES_ID,
  COMMUNITY_DIGITAL_TEAMS_ID,
  NAMED_DEPARTMENT_IDS,
  STANDING_OFFICE_ID,
  TELECOM_ENTERPRISES_ID,
} from './agencies';
import {
  DOC_001,
  type SeedIndicator,
  type SeedPlan,
  type SeedTask,
  type SeedTargetRevision,
} from './seed-types';

const PLAN_ID = 'kh-284';
export const AMENDMENT_ID = 'sua-doi-theo-qd-1033';
const PERIOD_END = '2030-12-31';
const FOCAL_POINT_NOTE =
  'The amending plan names no lead for this item; Sở Khoa học và Công nghệ is its focal point ' +
  '(cơ quan đầu mối, III, gạch đầu dòng 2).';

const ORIGINAL_TARGETS_UNKNOWN =
  'Plan 284 sets this target (the amending plan updates it), but the documents do not give its original values.';

function planIndicator(
  indicatorId: string,
  name: string,
  group: string,
  section: string,
  note = ORIGINAL_TARGETS_UNKNOWN,
): SeedIndicator {
  return {
    indicatorId,
    name,
    group,
    unit: '%',
    direction: 'at_least',
    targets: null,
    responsibleAgencyId: STANDING_OFFICE_ID,
    responsibleAgencyNote:
      'Sở Khoa học và Công nghệ sums up the KPI results of the plan (document 001, III).',
    source: { document: DOC_001, section },
    note,
  };
}

function revision(
  indicatorId: string,
  year: number,
  newValue: number,
  section: string,
  qualifier?: string,
): SeedTargetRevision {
  return {
    indicatorId,
    year,
    newValue,
    ...(qualifier ? { qualifier } : {}),
    source: { document: DOC_001, section },
  };
}

/**
 * The four targets of Plan 284 the amendment updates, each indicator beside its revised
 * targets: Plan 284 sets them (the amending plan updates them), but the documents do not give
 * their original values, so each is defined with no target and revised by the amendment.
 */
const UPDATED_TARGETS: readonly { indicator: SeedIndicator; revisions: readonly SeedTargetRevision[] }[] = [
  updatedTarget(
    planIndicator(
      'kh-284-kts-ty-trong-grdp',
      'Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP của thành phố Huế',
      'Kinh tế số',
      'II.1.a, gạch đầu dòng 1 ("Cập nhật mục tiêu")',
    ),
    [
      [2026, 18, 'khoảng'],
      [2030, 30, 'khoảng'],
    ],
    'II.1.a, gạch đầu dòng 1',
  ),
  updatedTarget(
    planIndicator(
      'kh-284-kts-ty-trong-stem',
      'Tỷ trọng quy mô đào tạo giáo dục đại học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)',
      'Kinh tế số',
      'II.1.a, gạch đầu dòng 4 ("Cập nhật mục tiêu")',
    ),
    [
      [2026, 30],
      [2030, 40],
    ],
    'II.1.a, gạch đầu dòng 4',
  ),
  updatedTarget(
    planIndicator(
      'kh-284-xhs-tai-khoan-dinh-danh',
      'Tỷ lệ có tài khoản định danh điện tử',
      'Xã hội số',
      'II.1.b, gạch đầu dòng 2 ("Sửa đổi mục tiêu")',
      ORIGINAL_TARGETS_UNKNOWN +
        ' The same bullet also sets "100% công dân đủ điều kiện từ 14 tuổi trở lên có căn cước" without a year; ' +
        'that part is kept in the amendment summary, not as a yearly target.',
    ),
    [
      [2026, 85],
      [2030, 100],
    ],
    'II.1.b, gạch đầu dòng 2',
  ),
  updatedTarget(
    planIndicator(
      'kh-284-xhs-so-suc-khoe-dien-tu',
      'Tỷ lệ người dân có Sổ sức khỏe điện tử',
      'Xã hội số',
      'II.1.b, gạch đầu dòng 3 ("Cập nhật mục tiêu"; the document writes "Số sức khỏe điện tử")',
    ),
    [
      [2026, 70],
      [2030, 95],
    ],
    'II.1.b, gạch đầu dòng 3',
  ),
];

/** An indicator of Plan 284 with the targets the amendment sets for it: [year, value, qualifier?]. */
function updatedTarget(
  indicator: SeedIndicator,
  targets: readonly (readonly [number, number, string?])[],
  section: string,
): { indicator: SeedIndicator; revisions: SeedTargetRevision[] } {
  return {
    indicator,
    revisions: targets.map(([year, value, qualifier]) =>
      revision(indicator.indicatorId, year, value, section, qualifier),
    ),
  };
}

function addedTask(
  code: string,
  title: string,
  section: string,
  lead: SeedTask['lead'] = { agencyId: STANDING_OFFICE_ID },
  leadNote = FOCAL_POINT_NOTE,
  extra: Partial<SeedTask> = {},
): SeedTask {
  return {
    code,
    title,
    lead,
    leadNote,
    dueDate: PERIOD_END,
    dueDateIsPeriodEnd: true,
    source: { document: DOC_001, section },
    ...extra,
  };
}

export const PLAN_284: SeedPlan = {
  planId: PLAN_ID,
  number: '284/KH-UBND',
  title:
    'Chiến lược Quốc gia phát triển kinh tế số và xã hội số giai đoạn 2026-2030 trên địa bàn thành phố Huế',
  issuedOn: '2026-05-18',
  signer: null,
  issuingAuthority: 'UBND thành phố Huế',
  period: { from: '2026-01-01', to: '2030-12-31' },
  legalBases: [],
  standingAgencyId: STANDING_OFFICE_ID,
  standingAgencyNote: 'Document 001, III: Sở Khoa học và Công nghệ là cơ quan đầu mối.',
  source: { document: DOC_001, section: 'tiêu đề; đoạn mở đầu' },
  gaps: [
    'Signer: Plan 284 is not among the documents and the amending plan does not name its signer; ' +
      'signer is null, recorded as unknown.',
    'Period: 2026-01-01 to 2030-12-31, from its title ("giai đoạn 2026-2030").',
    'Legal bases: not in the documents; none recorded.',
    'Original targets: the amending plan updates four targets without their previous values; ' +
      'those indicators have targets: null, defined with no target; the revisions have no previous value.',
    'Tasks of Plan 284 itself: not in the documents; only the tasks the amendment adds are seeded.',
  ],
  indicators: UPDATED_TARGETS.map(({ indicator }) => indicator),
  tasks: [],
  amendments: [
    {
      amendmentId: AMENDMENT_ID,
      amendingDocument: {
        number: null,
        title:
          'Kế hoạch sửa đổi, bổ sung, cập nhật Kế hoạch số 284/KH-UBND ngày 18/5/2026 của UBND thành phố về ' +
          'Chiến lược Quốc gia phát triển kinh tế số và xã hội số giai đoạn 2026-2030 trên địa bàn thành phố Huế',
        issuedOn: null,
        signer: { name: 'Trần Hữu Thùy Giang', title: 'Phó Chủ tịch' },
      },
      summary:
        'Cập nhật, đồng bộ các chỉ tiêu, nhiệm vụ theo Quyết định số 1033/QĐ-TTg ngày 09/6/2026 của Thủ tướng Chính phủ: ' +
        'tỷ trọng kinh tế số trong GRDP khoảng 18% năm 2026 và khoảng 30% năm 2030; bổ sung mục tiêu hỗ trợ doanh nghiệp ' +
        'nhỏ và vừa chuyển đổi số, sàn dữ liệu, mạng 5G; 100% công dân đủ điều kiện từ 14 tuổi trở lên có căn cước; ' +
        'bổ sung nhiệm vụ thúc đẩy ứng dụng trí tuệ nhân tạo (AI), báo cáo kết quả chỉ tiêu KPI định kỳ, nhiệm vụ của ' +
        'Ngân hàng Nhà nước chi nhánh Khu vực 9 và của UBND các phường, xã.',
      targetRevisions: UPDATED_TARGETS.flatMap(({ revisions }) => revisions),
      addedIndicators: [
        {
          indicatorId: 'kh-284-kts-dnnvv-chuyen-doi-so',
          name: 'Tỷ lệ doanh nghiệp nhỏ và vừa được hỗ trợ chuyển đổi số',
          group: 'Kinh tế số',
          unit: '%',
          direction: 'at_least',
          targets: [
            { year: 2026, value: 30, qualifier: 'tối thiểu' },
            { year: 2030, value: 50, qualifier: 'tối thiểu' },
          ],
          responsibleAgencyId: STANDING_OFFICE_ID,
          responsibleAgencyNote: 'Sở Khoa học và Công nghệ sums up the KPI results of the plan (III).',
          source: { document: DOC_001, section: 'II.1.a, gạch đầu dòng 2 ("Bổ sung mục tiêu")' },
        },
        {
          indicatorId: 'kh-284-kts-san-du-lieu',
          name: 'Số sàn dữ liệu cấp thành phố (năm 2026: hoàn thiện xây dựng và đưa vào thử nghiệm; đến năm 2030: đưa vào sử dụng)',
          group: 'Kinh tế số',
          unit: 'sàn dữ liệu',
          direction: 'at_least',
          targets: [
            { year: 2026, value: 1, qualifier: 'tối thiểu' },
            { year: 2030, value: 1, qualifier: 'tối thiểu' },
          ],
          responsibleAgencyId: STANDING_OFFICE_ID,
          responsibleAgencyNote: 'Sở Khoa học và Công nghệ sums up the KPI results of the plan (III).',
          source: { document: DOC_001, section: 'II.1.a, gạch đầu dòng 3 ("Bổ sung mục tiêu")' },
          note: 'The document writes "sản dữ liệu"; a data exchange (sàn dữ liệu) is meant.',
        },
        {
          indicatorId: 'kh-284-xhs-5g-phu-song-dan-so',
          name: 'Tỷ lệ dân số được phủ sóng mạng băng rộng di động 5G',
          group: 'Xã hội số',
          unit: '%',
          direction: 'at_least',
          targets: [{ year: 2030, value: 99 }],
          responsibleAgencyId: STANDING_OFFICE_ID,
          responsibleAgencyNote: 'Sở Khoa học và Công nghệ sums up the KPI results of the plan (III).',
          source: { document: DOC_001, section: 'II.1.b, gạch đầu dòng 1 ("Bổ sung mục tiêu")' },
          note: 'For 2026 the document sets no figure: 5G in the central areas of the city at the standard speed.',
        },
        {
          indicatorId: 'kh-284-xhs-5g-toc-do',
          name: 'Tốc độ mạng băng rộng di động 5G',
          group: 'Xã hội số',
          unit: 'Mb/s',
          direction: 'at_least',
          targets: [{ year: 2030, value: 100, qualifier: 'tối thiểu' }],
          responsibleAgencyId: STANDING_OFFICE_ID,
          responsibleAgencyNote: 'Sở Khoa học và Công nghệ sums up the KPI results of the plan (III).',
          source: { document: DOC_001, section: 'II.1.b, gạch đầu dòng 1 ("Bổ sung mục tiêu")' },
          note: 'For 2026 the document sets no figure: "đạt tốc độ tiêu chuẩn".',
        },
      ],
      addedTasks: [
        addedTask(
          'SĐ-II.2.a',
          'Phối hợp với các doanh nghiệp viễn thông đẩy mạnh phát triển mạng di động 5G thế hệ mới đảm bảo độ phủ và tốc độ theo tiêu chuẩn. Khuyến khích đầu tư xây dựng trung tâm dữ liệu hỗ trợ ứng dụng AI theo tiêu chuẩn xanh.',
          'II.2.a (bổ sung vào khoản 2 – Hạ tầng)',
          { agencyId: STANDING_OFFICE_ID },
          FOCAL_POINT_NOTE + ' It coordinates with the telecom enterprises the bullet names.',
          { coordinatingAgencyIds: [TELECOM_ENTERPRISES_ID] },
        ),
        addedTask(
          'SĐ-II.2.b',
          'Triển khai nền tảng tổng hợp, phân tích dữ liệu tập trung; ban hành danh mục dữ liệu mở phục vụ doanh nghiệp và người dân khai thác.',
          'II.2.b (bổ sung vào khoản 4 – Dữ liệu số)',
        ),
        addedTask(
          'SĐ-II.2.c.1',
          'Yêu cầu mỗi phòng, ban, ngành, lĩnh vực cấp thành phố phải xác định tối thiểu 01 bài toán trọng điểm sử dụng AI để thí điểm giải quyết (hỗ trợ hành chính, phân tích dữ liệu) và nhân rộng mô hình.',
          'II.2.c, gạch đầu dòng 1',
          { eachOf: [...NAMED_DEPARTMENT_IDS, CITY_OFFICES_ID] },
          'II.2.c: "Yêu cầu mỗi phòng, ban, ngành, lĩnh vực cấp thành phố" — one task for each department the ' +
            'documents name, and one for the other city-level offices, which the document does not list.',
        ),
        addedTask(
          'SĐ-II.2.c.2',
          'Tăng cường hỗ trợ doanh nghiệp, đặc biệt là doanh nghiệp nhỏ và vừa, tiếp cận và ứng dụng AI trong sản xuất, kinh doanh, góp phần hình thành hệ sinh thái ứng dụng AI rộng khắp trong nền kinh tế và xã hội.',
          'II.2.c, gạch đầu dòng 2',
        ),
        addedTask(
          'SĐ-II.2.d',
          'Đẩy mạnh chương trình “Bình dân học vụ số” thông qua việc phát huy tối đa vai trò của các Tổ công nghệ số cộng đồng tại các phường, xã, phối hợp chặt chẽ với Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên.',
          'II.2.d (sửa đổi, bổ sung khoản 7 – Kỹ năng số, công dân số và văn hóa số)',
          { agencyId: STANDING_OFFICE_ID },
          FOCAL_POINT_NOTE,
          {
            coordinatingAgencyIds: [
              COMMUNITY_DIGITAL_TEAMS_ID,
              'hoi-nong-dan',
              'hoi-lien-hiep-phu-nu',
              'doan-thanh-nien',
            ],
            quote:
              'Sửa đổi, bổ sung khoản 7 (Kỹ năng số, công dân số và văn hóa số): Đẩy mạnh chương trình "Bình dân học vụ số" thông qua việc phát huy tối đa vai trò của các Tổ công nghệ số cộng đồng tại các phường, xã, phối hợp chặt chẽ với Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên.',
          },
        ),
        addedTask(
          'SĐ-II.2.đ',
          'Triển khai mạnh mẽ Đề án chuyển đổi số các doanh nghiệp nhỏ và vừa (SMEs) giai đoạn 2026 - 2030 trên địa bàn thành phố.',
          'II.2.đ (sửa đổi, bổ sung khoản 8 – Doanh nghiệp số)',
        ),
        addedTask(
          'SĐ-II.3.1',
          'Xây dựng và áp dụng Báo cáo kết quả chỉ tiêu sản phẩm KPI định kỳ về mức độ hoàn thành các mục tiêu kinh tế số, xã hội số của các đơn vị để tham mưu Lãnh đạo UBND thành phố phục vụ công tác chỉ đạo, điều hành.',
          'II.3 (bổ sung vào khoản 1 Mục IV – Tổ chức, bộ máy), câu 1',
          { agencyId: STANDING_OFFICE_ID },
          'III, gạch đầu dòng 2: Sở Khoa học và Công nghệ "định kỳ tổng hợp báo cáo kết quả KPI".',
        ),
        addedTask(
          'SĐ-II.3.2',
          'Đẩy mạnh triển khai các sáng kiến đổi mới công tác quản lý hành chính, vận hành hiệu quả hệ thống e-Office gắn với chuyển đổi số toàn diện.',
          'II.3, câu 2',
        ),
        addedTask(
          'SĐ-II.4.1',
          'Đảm bảo các giải pháp an ninh, an toàn và bảo vệ dữ liệu cá nhân khi sử dụng tài khoản thanh toán số.',
          'II.4, gạch đầu dòng 1',
          { agencyId: 'nhnn-kv9' },
          'II.4: "Nhiệm vụ của Ngân hàng Việt Nam chi nhánh Khu vực 9".',
        ),
        addedTask(
          'SĐ-II.4.2',
          'Tổ chức tuyên truyền vận động và đảm bảo cung cấp tài khoản thanh toán số cho 95% người dân đủ 15 tuổi trên địa bàn thành phố.',
          'II.4, gạch đầu dòng 2',
          { agencyId: 'nhnn-kv9' },
          'II.4: "Nhiệm vụ của Ngân hàng Việt Nam chi nhánh Khu vực 9".',
        ),
        addedTask(
          'SĐ-III.2',
          'Định kỳ tổng hợp báo cáo kết quả KPI trình Lãnh đạo Ủy ban nhân dân thành phố.',
          'III, gạch đầu dòng 2',
          { agencyId: STANDING_OFFICE_ID },
          'III, gạch đầu dòng 2 names Sở Khoa học và Công nghệ.',
          {
            // No first deadline: the loader's day decides it (31 December of that year), so the
            // report is owed, and reminded, from the day it is loaded.
            dueDate: null,
            dueDateIsPeriodEnd: true,
            recurrence: { frequency: 'yearly', until: PERIOD_END },
            quote:
              'Sở Khoa học và Công nghệ: là cơ quan đầu mối, chịu trách nhiệm quản lý, tổng hợp tình hình triển khai Kế hoạch; định kỳ tổng hợp báo cáo kết quả KPI trình Lãnh đạo Ủy ban nhân dân thành phố.',
            recurrenceNote:
              'The document says "định kỳ" (periodically) without a frequency; yearly, the least frequent ' +
              'report a multi-year plan can ask for, is used until the end of the period. Confirm the frequency. ' +
              "It gives no day either: each year's report is due on the year's last day, the end of its period.",
          },
        ),
        addedTask(
          'SĐ-III.3',
          'Chỉ đạo các cấp Hội chủ động phối hợp với chính quyền cơ sở triển khai sâu rộng các chiến dịch kỹ năng số.',
          'III, gạch đầu dòng 3',
          { agencyId: 'ubmttq' },
          'III, gạch đầu dòng 3: "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể".',
          {
            quote:
              'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể: chỉ đạo các cấp Hội chủ động phối hợp với chính quyền cơ sở triển khai sâu rộng các chiến dịch kỹ năng số.',
          },
        ),
        addedTask(
          'SĐ-III.4',
          'Chỉ đạo quyết liệt Tổ công nghệ số cộng đồng “đi từng ngõ, gõ từng nhà” để phổ cập định danh điện tử, chữ ký số và kỹ năng công dân số.',
          'III, gạch đầu dòng 4',
          { allCommunes: true },
          'III, gạch đầu dòng 4: "Ủy ban nhân dân các phường, xã"; the Tổ công nghệ số cộng đồng they direct coordinate.',
          {
            coordinatingAgencyIds: [COMMUNITY_DIGITAL_TEAMS_ID],
            // The document's emphasis marks (*...*) are left out.
            quote:
              'Ủy ban nhân dân các phường, xã: chỉ đạo quyết liệt Tổ công nghệ số cộng đồng “đi từng ngõ, gõ từng nhà” để phổ cập định danh điện tử, chữ ký số và kỹ năng công dân số.',
          },
        ),
      ],
      source: { document: DOC_001, section: 'toàn văn (I–III), người ký' },
      gaps: [
        'Number of the amending plan: the document shows none; number is null, recorded as unknown.',
        'Date of the amending plan: the document shows none; its legal basis (Decision 1033/QĐ-TTg) is ' +
          'dated 09/6/2026, so it is on or after that day; issuedOn is null, recorded as unknown.',
        'Original values of the four updated targets: not in the documents (see Plan 284).',
        'Deadlines: none in the document; the end of the period of Plan 284 (2030-12-31) is used, marked.',
        'Lead agencies: where II names none, the focal point Sở Khoa học và Công nghệ (III) leads.',
        'Bodies named as a whole (các doanh nghiệp viễn thông, các Tổ công nghệ số cộng đồng, các phòng, ban, ngành, ' +
          'lĩnh vực cấp thành phố): the document lists none of their members; one unit of agencies.ts stands for each.',
        'Recurring KPI report (SĐ-III.2): "định kỳ" without a frequency; yearly is used, to confirm.',
      ],
    },
  ],
};
