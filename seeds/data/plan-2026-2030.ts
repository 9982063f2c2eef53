/**
 * The plan "Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030", signed by the Chairman
 * Nguyễn Khắc Toàn. Source: document 002 (the plan's text).
 *
 * THE DOCUMENT SHOWS NO PLAN NUMBER AND NO DATE OF ISSUE: its heading is "KẾ HOẠCH /
 * Chuyển đổi số thành phố Huế giai đoạn 2026 -2030", with no "Số: .../KH-UBND" and no
 * "Huế, ngày ...". So `number` and `issuedOn` are null: the plan is loaded with both recorded
 * as unknown, under a clearly marked id ('kh-cds-2026-2030', not a number). Fill them in from
 * the signed plan when it is at hand. Its newest legal basis is dated 14/01/2026 (Nghị quyết
 * 11/NQ-CP), so it was issued on or after that day.
 *
 * Tasks: one per bullet of III. NHIỆM VỤ, coded group.bullet ('III.3.2'; group 6 has
 * sub-groups: 'III.6.2.3'), and one per bullet of VI. TỔ CHỨC THỰC HIỆN that asks an agency
 * for something III does not already ask (coded 'VI.3.1'...). Lead agencies come from VI:
 * Sở Khoa học và Công nghệ "chủ trì tổ chức triển khai ... Kế hoạch này" (VI.2) leads every
 * task no other agency is named for; VI names the Steering Committee, Sở Tài chính, the
 * departments and communes, Trung tâm Công nghệ thông tin, the associations, Đại học Huế and
 * Trường Cao đẳng Huế. Left out of VI: duties without a deliverable (VI.1, the Steering
 * Committee's role, is III.1.1; VI.2 bullet 1 is III.1.2, III.2.2 and III.4.2; VI.2 bullet 2
 * and VI.4 bullet 1 act "khi có yêu cầu", on request). IV. GIẢI PHÁP (solutions) are not tasks.
 * The document gives no deadline: every task is due at the end of the period, 2030-12-31,
 * marked, except VI.3.1, which recurs yearly ("hàng năm").
 * The KPI targets are in Phụ lục 1 and the list of projects in Phụ lục 2, neither of which is
 * in the document; the one figure in the text (IPv6, III.3) is seeded as an indicator.
 */
import {
  COMMUNITY_DIGITAL_TEAMS_ID,
  SCHOOLS_ID,
  STANDING_OFFICE_ID,
  STEERING_COMMITTEE_ID,
} from './agencies';
import { DOC_002, type SeedLead, type SeedPlan, type SeedTask } from './seed-types';

const PERIOD_END = '2030-12-31';
const VI_2 = 'VI.2: Sở Khoa học và Công nghệ chủ trì tổ chức triển khai Kế hoạch.';

function task(
  code: string,
  title: string,
  section: string,
  lead: SeedLead = { agencyId: STANDING_OFFICE_ID },
  leadNote = VI_2,
  extra: Partial<SeedTask> = {},
): SeedTask {
  return {
    code,
    title,
    lead,
    leadNote,
    dueDate: PERIOD_END,
    dueDateIsPeriodEnd: true,
    source: { document: DOC_002, section },
    ...extra,
  };
}

const steeringCommittee = { agencyId: STEERING_COMMITTEE_ID };
const VI_1 = 'VI.1: Ban Chỉ đạo giúp Chủ tịch UBND thành phố chỉ đạo công tác triển khai thực hiện.';
const TRAINING_WITH_IT_CENTRE: Partial<SeedTask> = { coordinatingAgencyIds: ['tt-cntt'] };
/** The bullets that name the Tổ công nghệ số cộng đồng as the ones doing or receiving the work. */
const WITH_COMMUNITY_TEAMS: Partial<SeedTask> = { coordinatingAgencyIds: [COMMUNITY_DIGITAL_TEAMS_ID] };
const VI_5_1 =
  VI_2 + ' VI.5: Trung tâm Công nghệ thông tin phối hợp triển khai đào tạo nâng cao năng lực số.';

export const PLAN_CDS_2026_2030: SeedPlan = {
  planId: 'kh-cds-2026-2030',
  number: null,
  title: 'Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030',
  issuedOn: null,
  signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
  issuingAuthority: 'UBND thành phố Huế',
  period: { from: '2026-01-01', to: '2030-12-31' },
  legalBases: [
    'Luật Chuyển đổi số số 148/2025/QH15 ngày 11 tháng 12 năm 2025',
    'Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    'Chỉ thị số 57-CT/TW ngày 31 tháng 12 năm 2025 của Ban Bí thư về Tăng cường bảo đảm an ninh mạng, bảo mật thông tin, an ninh dữ liệu trong hệ thống chính trị',
    'Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ sửa đổi, bổ sung cập nhật Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    'Nghị quyết số 214/NQ-CP ngày 23 tháng 7 năm 2025 của Chính phủ ban hành kế hoạch hành động của Chính phủ về thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số toàn diện',
    'Nghị quyết số 11/NQ-CP ngày 14 tháng 01 năm 2026 của Chính phủ sửa đổi, bổ sung, cập nhật một số nội dung tại Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    'Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ Phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
    'Quyết định số 964/QĐ-TTg ngày 10 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược An toàn, An ninh mạng quốc gia, chủ động ứng phó với các thách thức từ không gian mạng đến năm 2025, tầm nhìn 2030',
    'Quyết định số 36/QĐ-TTg ngày 11 tháng 01 năm 2024 của Thủ tướng Chính phủ về Phê duyệt Quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
    'Quyết định số 2629/QĐ-TTg ngày 01 tháng 12 năm 2025 của Thủ tướng Chính phủ về phê duyệt Chương trình phát triển Chính phủ số',
    'Quyết định số 2244/QĐ-TTg ngày 13 tháng 10 năm 2025 của Thủ tướng Chính phủ về việc ban hành Bộ tiêu chí đánh giá hiệu quả của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số với phát triển kinh tế - xã hội',
    'Quyết định số 3985/QĐ-UBND ngày 29 tháng 12 năm 2025 của UBND thành phố Huế về việc phê duyệt Khung kiến trúc số thành phố Huế',
    'Quyết định số 3410/QĐ-UBND ngày 03 tháng 11 năm 2025 của UBND thành phố Huế ban hành Danh mục và kế hoạch triển khai các nền tảng số của thành phố Huế, nền tảng số dùng chung của ngành, lĩnh vực',
    'Kế hoạch số 208/KH-UBND ngày 08 tháng 5 năm 2025 của UBND thành phố Huế về việc triển khai Chương trình hành động tại Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn thành phố Huế',
  ],
  standingAgencyId: STANDING_OFFICE_ID,
  standingAgencyNote:
    'VI.1: Sở Khoa học và Công nghệ làm cơ quan Thường trực của Ban Chỉ đạo; VI.2: chủ trì tổ chức triển khai.',
  summary:
    'Xây dựng Chính quyền số hoạt động dựa trên dữ liệu và công nghệ số; kinh tế số trở thành động lực tăng trưởng chủ yếu; ' +
    'xã hội số phát triển văn minh, an toàn, bao trùm (II.1).',
  source: { document: DOC_002, section: 'tiêu đề; I. Căn cứ; II. Mục tiêu; người ký' },
  gaps: [
    'Plan number: the document shows none (no "Số: .../KH-UBND"); number is null, recorded as unknown. ' +
      'The id kh-cds-2026-2030 is a label, not a number.',
    'Date of issue: the document shows none; its newest legal basis is dated 14/01/2026; issuedOn is null, recorded as unknown.',
    'Indicators: "Chỉ tiêu chi tiết tại Phụ lục 1" — the appendix is not in the document; only the IPv6 figure of III.3 is seeded.',
    'Projects: Phụ lục 2 (VII) is not in the document.',
    'Deadlines: none in the document; the end of the period (2030-12-31) is used, marked (VI.3.1 recurs yearly).',
    'Lead agencies: Sở Khoa học và Công nghệ (VI.2) where VI names no other agency for a task.',
  ],
  indicators: [
    {
      indicatorId: 'kh-cds-2026-2030-ipv6',
      code: 'III.3.2',
      name: 'Tỷ lệ sử dụng IPv6',
      group: 'Hạ tầng số',
      unit: '%',
      direction: 'at_least',
      targets: [{ year: 2030, value: 90, qualifier: '90-100%' }],
      responsibleAgencyId: STANDING_OFFICE_ID,
      responsibleAgencyNote: VI_2,
      source: { document: DOC_002, section: 'III.3, gạch đầu dòng 2' },
    },
  ],
  tasks: [
    // 1. Tăng cường công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số
    task(
      'III.1.1',
      'Tăng cường công tác lãnh đạo, chỉ đạo, điều hành của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 thành phố trong việc triển khai các hoạt động chuyển đổi số và phát triển dịch vụ đô thị thông minh trên địa bàn thành phố.',
      'III.1, gạch đầu dòng 1',
      steeringCommittee,
      VI_1,
    ),
    task(
      'III.1.2',
      'Thường xuyên, định kỳ kiểm tra, giám sát kết quả triển khai chuyển đổi số, dịch vụ đô thị thông minh của các ngành, địa phương.',
      'III.1, gạch đầu dòng 2',
      { agencyId: STANDING_OFFICE_ID },
      'VI.2: Sở Khoa học và Công nghệ chủ trì ... đôn đốc, theo dõi, kiểm tra và báo cáo tình hình, kết quả thực hiện Kế hoạch.',
    ),
    task(
      'III.1.3',
      'Chỉ đạo về chuyển đổi số của các cấp lãnh đạo: Tăng cường công tác chỉ đạo về chuyển đổi số của các cấp lãnh đạo trên địa bàn thành phố thông qua việc ban hành các văn bản chỉ đạo, tổ chức họp Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 các cấp để triển khai chuyển đổi số do trực tiếp lãnh đạo các cấp ký ban hành và chỉ đạo điều hành.',
      'III.1, gạch đầu dòng 3',
      steeringCommittee,
      VI_1,
    ),
    // 2. Thể chế số, chính sách số
    task(
      'III.2.1',
      'Bám sát các văn bản của Trung ương, Bộ Khoa học và Công nghệ, cụ thể hóa tại địa phương đảm bảo nguyên tắc kịp thời, rõ ràng, phù hợp với thực tiễn và phát huy các thế mạnh của thành phố đã sẵn có.',
      'III.2, gạch đầu dòng 1',
      { agencyId: STANDING_OFFICE_ID },
      'VI.2: Sở Khoa học và Công nghệ chủ trì xây dựng các quy định, chính sách.',
    ),
    task(
      'III.2.2',
      'Nghiên cứu ban hành và áp dụng chính sách cho ứng dụng Công nghệ thông tin, chuyển đổi số, nhằm thúc đẩy sự chủ động tham gia của các sở, ngành và đơn vị trên địa bàn thành phố.',
      'III.2, gạch đầu dòng 2',
      { agencyId: STANDING_OFFICE_ID },
      'VI.2: Sở Khoa học và Công nghệ chủ trì xây dựng các quy định, chính sách.',
    ),
    task(
      'III.2.3',
      'Ban hành các chương trình, kế hoạch khuyến khích phát triển doanh nghiệp số, chuyển đổi số trong doanh nghiệp và nguồn nhân lực số.',
      'III.2, gạch đầu dòng 3',
    ),
    task(
      'III.2.4',
      'Tổ chức triển khai đánh giá hiệu quả khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Quyết định số 2244/QĐ-TTg.',
      'III.2, gạch đầu dòng 4',
    ),
    task(
      'III.2.5',
      'Ban hành danh mục dữ liệu dùng chung, dữ liệu mở; Quy định cụ thể về trách nhiệm chia sẻ dữ liệu giữa các cơ quan nhà nước theo nguyên tắc “Dữ liệu của cơ quan nhà nước mặc định mở và chia sẻ, trừ trường hợp pháp luật quy định khác”.',
      'III.2, gạch đầu dòng 5',
    ),
    // 3. Hạ tầng số
    task(
      'III.3.1',
      'Xây dựng, phát triển hạ tầng dùng chung, cơ sở dữ liệu tập trung của thành phố theo mô hình điện toán đám mây đủ năng lực phục vụ chính quyền số tuân thủ tiêu chuẩn, quy chuẩn kỹ thuật và yêu cầu bảo đảm an toàn, an ninh mạng. Không hình thành các hệ thống dùng riêng tại các cơ quan, đơn vị, địa phương, trừ các trường hợp đặc biệt có phê duyệt của UBND thành phố hoặc cấp có thẩm quyền tương đương. Kết nối nền tảng điện toán đám mây Chính phủ.',
      'III.3, gạch đầu dòng 1',
    ),
    task(
      'III.3.2',
      'Ban hành kế hoạch về chuyển đổi hạ tầng mạng lưới, dịch vụ công, cổng thông tin điện tử sang hỗ trợ IPv6, tiến tới tắt bỏ hoàn toàn IPv4. Mục tiêu là đạt tỷ lệ 90-100% sử dụng IPv6 vào năm 2030.',
      'III.3, gạch đầu dòng 2',
    ),
    task(
      'III.3.3',
      'Từng bước đầu tư, xây dựng, phát triển hạ tầng băng rộng di động chất lượng cao (5G/6G) trên phạm vi toàn thành phố; thực hiện chương trình thúc đẩy sử dụng điện thoại thông minh cho người dân; nâng cao tỉ lệ người dân trưởng thành có điện thoại thông minh.',
      'III.3, gạch đầu dòng 3',
    ),
    task(
      'III.3.4',
      'Tiếp tục nâng cao và duy trì dung lượng kết nối và chất lượng dịch vụ mạng băng thông rộng; rà soát, phủ sóng ở các vùng trắng, vùng lõm sóng trên địa bàn, bảo đảm tốc độ mạng viễn thông di động.',
      'III.3, gạch đầu dòng 4',
    ),
    task(
      'III.3.5',
      'Tiếp tục thực hiện kết nối Internet cáp quang đến tận hộ gia đình, đặc biệt ở khu vực nông thôn, miền núi.',
      'III.3, gạch đầu dòng 5',
    ),
    task(
      'III.3.6',
      'Tiếp tục duy trì vận hành, khai thác hiệu quả, đảm bảo an toàn trung tâm dữ liệu của thành phố.',
      'III.3, gạch đầu dòng 6',
    ),
    task(
      'III.3.7',
      'Triển khai hoàn thiện hạ tầng đầu cuối các ngành các cấp.',
      'III.3, gạch đầu dòng 7',
      { allDepartmentsAndCommunes: true },
      '"các ngành các cấp": every department and commune (VI.4: Các sở, ban, ngành và UBND các xã, phường).',
    ),
    task(
      'III.3.8',
      'Triển khai Đề án đầu tư hạ tầng IoT đến thôn, tổ dân phố toàn thành phố.',
      'III.3, gạch đầu dòng 8',
    ),
    // 4. Nhân lực số
    task(
      'III.4.1',
      'Tập huấn, bồi dưỡng về kỹ năng chuyển đổi số cho công chức, viên chức thông qua hình thức trực tiếp và trực tuyến.',
      'III.4, gạch đầu dòng 1',
      { agencyId: STANDING_OFFICE_ID },
      VI_5_1,
      TRAINING_WITH_IT_CENTRE,
    ),
    task(
      'III.4.2',
      'Tập huấn nâng cao nghiệp vụ cho đội ngũ cán bộ chuyên trách CNTT, chuyển đổi số và an toàn thông tin (ATTT) mạng của cơ quan nhà nước các cấp.',
      'III.4, gạch đầu dòng 2',
      { agencyId: STANDING_OFFICE_ID },
      'VI.2: Sở Khoa học và Công nghệ xây dựng kế hoạch đào tạo nâng cao năng lực cán bộ chuyên trách CNTT.',
    ),
    task(
      'III.4.3',
      'Tiếp tục tập huấn kỹ năng, nghiệp vụ về chuyển đổi số cho các Tổ công nghệ số cộng đồng; triển khai hoạt động Tổ công nghệ số cộng đồng hiệu quả.',
      'III.4, gạch đầu dòng 3',
      { agencyId: STANDING_OFFICE_ID },
      VI_2 + ' The Tổ công nghệ số cộng đồng the bullet names coordinate.',
      WITH_COMMUNITY_TEAMS,
    ),
    task(
      'III.4.4',
      'Tập huấn nâng cao kỹ năng số cho người lao động thông qua nền tảng đào tạo trực tuyến được tích hợp trên nền tảng Hue-S.',
      'III.4, gạch đầu dòng 4',
      { agencyId: STANDING_OFFICE_ID },
      VI_5_1,
      TRAINING_WITH_IT_CENTRE,
    ),
    task(
      'III.4.5',
      'Các cơ sở giáo dục từ tiểu học đến trung học phổ thông tiếp tục thực hiện chuyển đổi số.',
      'III.4, gạch đầu dòng 5',
      { agencyId: SCHOOLS_ID },
      'The bullet names them: "Các cơ sở giáo dục từ tiểu học đến trung học phổ thông tiếp tục thực hiện chuyển đổi số".',
    ),
    // 5. Phát triển dữ liệu số
    task('III.5.1', 'Triển khai chiến lược dữ liệu số đến năm 2030.', 'III.5, gạch đầu dòng 1'),
    task(
      'III.5.2',
      'Xây dựng Kho dữ liệu (Data Warehouse) hoặc Hồ dữ liệu (Data Lake) cấp tỉnh. Ưu tiên tập trung dữ liệu từ các ngành trọng điểm: Đất đai, Xây dựng, Y tế, Giáo dục, Doanh nghiệp.',
      'III.5, gạch đầu dòng 2',
    ),
    task(
      'III.5.3',
      'Số hóa dữ liệu kết quả TTHC, dữ liệu quản lý chuyên ngành ưu tiên dữ liệu liên quan trực tiếp cơ sở dữ liệu dân cư.',
      'III.5, gạch đầu dòng 3',
    ),
    task(
      'III.5.4',
      'Số hóa dữ liệu hạ tầng cơ bản của các địa phương cấp xã.',
      'III.5, gạch đầu dòng 4',
      { allCommunes: true },
      'The data of each commune, digitised by the commune (VI.4: UBND các xã, phường tổ chức triển khai chuyển đổi số của địa phương).',
    ),
    task(
      'III.5.5',
      'Hoàn thành số hóa dữ liệu chuyên ngành, tập trung ưu tiên các loại dữ liệu liên quan trực tiếp đến người dân nhằm làm giàu, kế thừa, khai thác cơ sở dữ liệu dân cư giúp giải quyết các vấn đề cơ bản phục vụ người dân.',
      'III.5, gạch đầu dòng 5',
    ),
    task(
      'III.5.6',
      'Tập trung triển khai hoàn thiện xây dựng cơ sở dữ liệu đất đai của thành phố, đồng bộ với Cơ sở dữ liệu đất đai quốc gia; thực hiện theo Nghị quyết Trung ương số 18-NQ/TW ngày 16/6/2022 về hoàn thành xây dựng CSDL số và hệ thống thông tin quốc gia về đất đai tập trung, thống nhất, đồng bộ, đa mục tiêu và kết nối liên thông.',
      'III.5, gạch đầu dòng 6',
    ),
    task(
      'III.5.7',
      'Phát triển hạ tầng dữ liệu khoa học và giáo dục công cộng, gắn kết các thiết chế khoa học (bảo tàng, trung tâm nghiên cứu, cơ sở đào tạo) vào hệ sinh thái dữ liệu mở và truyền thông số của thành phố. Từng bước triển khai số hóa, chuẩn hóa và kết nối dữ liệu khoa học tự nhiên, mẫu vật, hình ảnh, tư liệu của các đơn vị KH&CN, phục vụ công tác nghiên cứu, giáo dục, bảo tồn và du lịch thông minh.',
      'III.5, gạch đầu dòng 7',
    ),
    task(
      'III.5.8',
      'Tiếp tục triển khai cung cấp, chia sẻ dữ liệu lên Cổng dữ liệu mở phục vụ cho cơ quan nhà nước trong công tác quản lý, người dân và doanh nghiệp trong học tập, sản xuất, kinh doanh. Lựa chọn, ưu tiên công khai các loại dữ liệu có tác động lớn tới phát triển kinh tế - xã hội, thúc đẩy đổi mới sáng tạo dựa trên dữ liệu, phù hợp với định hướng, chiến lược phát triển của thành phố như dữ liệu về du lịch, văn hóa, y tế, giáo dục,...',
      'III.5, gạch đầu dòng 8',
    ),
    task(
      'III.5.9',
      'Thực hiện kết nối, chia sẻ các dữ liệu còn lại giữa các cơ quan nhà nước thông qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) và trục liên thông của thành phố (LGSP). Khai thác triệt để thông tin, dữ liệu đã có từ các cơ sở dữ liệu quốc gia; bảo đảm việc kết nối, chia sẻ dữ liệu tuân thủ theo Khung Kiến trúc Chính phủ số quốc gia và kiến trúc chính quyền số của thành phố.',
      'III.5, gạch đầu dòng 9',
    ),
    // 6. An toàn thông tin mạng — 6.1. Bảo đảm an toàn thông tin theo cấp độ
    task(
      'III.6.1.1',
      'Triển khai các nhiệm vụ, giải pháp bảo vệ an toàn thông tin (ATTT) theo cấp độ cho các hệ thống thông tin. Các nhóm việc cần triển khai bao gồm: Xây dựng và phê duyệt hồ sơ đề xuất cấp độ; Triển khai phương án bảo vệ theo hồ sơ đã được phê duyệt; Thực hiện kiểm tra, đánh giá định kỳ. Một số nội dung cần được ưu tiên triển khai.',
      'III.6.1, gạch đầu dòng 1',
    ),
    task(
      'III.6.1.2',
      'Tham mưu, hướng dẫn các cơ quan, đơn vị, địa phương trên địa bàn thuộc phạm vi quản lý tiến hành rà soát, đánh giá lại hồ sơ đề xuất cấp độ theo quy định của Luật An ninh mạng.',
      'III.6.1, gạch đầu dòng 2',
    ),
    // 6.2. Trang thiết bị, giải pháp bảo đảm an toàn thông tin mạng
    task(
      'III.6.2.1',
      'Quản lý, vận hành trang thiết bị, giải pháp kỹ thuật, nhân lực về an toàn thông tin.',
      'III.6.2, gạch đầu dòng 1',
    ),
    task(
      'III.6.2.2',
      'Tổ chức triển khai đầy đủ các nhiệm vụ bảo đảm ATTT mạng.',
      'III.6.2, gạch đầu dòng 2',
    ),
    task(
      'III.6.2.3',
      'Hoàn thiện xây dựng Trung tâm Giám sát an ninh mạng, an toàn thông tin tập trung (SOC) của Công an thành phố, tiếp tục rà soát, đầu tư, phát triển nguồn lực hoàn thiện Trung tâm Giám sát an ninh mạng, an toàn thông tin (SOC) của Công an thành phố phục vụ triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp về bảo đảm an ninh mạng trên địa bàn thành phố phù hợp với tình hình thực tiễn tại địa phương.',
      'III.6.2, gạch đầu dòng 3',
      { agencyId: 'cong-an-thanh-pho' },
      'The bullet names the SOC of Công an thành phố.',
    ),
    // 6.3. Nâng cao năng lực bảo đảm an toàn thông tin
    task(
      'III.6.3.1',
      'Xây dựng và triển khai kế hoạch tổ chức tuyên truyền, nâng cao nhận thức và phổ biến kiến thức, kỹ năng bảo đảm an toàn thông tin cho các cán bộ, công chức, viên chức, người lao động.',
      'III.6.3, gạch đầu dòng 1',
    ),
    task(
      'III.6.3.2',
      'Xây dựng và triển khai kế hoạch tổ chức đào tạo hoặc cử nhân sự chuyên trách/phụ trách về an toàn thông tin/công nghệ thông tin tham gia các khóa đào tạo về quản lý, kỹ thuật về an toàn thông tin.',
      'III.6.3, gạch đầu dòng 2',
    ),
    task(
      'III.6.3.3',
      'Hoàn thiện phương án ứng cứu sự cố an ninh mạng, an toàn thông tin của UBND thành phố, triển khai xây dựng kế hoạch ứng phó sự cố an ninh mạng, an toàn thông tin tại các hệ thống thông tin trọng yếu thuộc phạm vi quản lý của UBND thành phố, trong đó, tập trung hoàn thiện Kế hoạch ứng phó sự cố tại Trung tâm IOC.',
      'III.6.3, gạch đầu dòng 3',
    ),
    task(
      'III.6.3.4',
      'Tổ chức đào tạo, tập huấn về an toàn thông tin mạng cho cán bộ chuyên trách chuyển đổi số.',
      'III.6.3, gạch đầu dòng 4',
    ),
    // 7. Chính quyền số
    task(
      'III.7.1',
      'Kết nối, liên thông dữ liệu với dữ liệu của tất cả các hệ thống bộ, ngành Trung ương.',
      'III.7, gạch đầu dòng 1',
    ),
    task(
      'III.7.2',
      'Tổ chức vận hành các nền tảng số của các bộ, ngành trung ương.',
      'III.7, gạch đầu dòng 2',
    ),
    task(
      'III.7.3',
      'Triển khai diện rộng nền tảng số quản trị tổng thể, thống nhất toàn thành phố phục vụ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước.',
      'III.7, gạch đầu dòng 3',
      { agencyId: STANDING_OFFICE_ID },
      VI_2,
      {
        quote:
          'Triển khai diện rộng nền tảng số quản trị tổng thể, thống nhất toàn thành phố phục vụ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước;',
      },
    ),
    task(
      'III.7.4',
      'Nghiên cứu, xây dựng, hoàn thiện triển khai các nền tảng số dùng chung của thành phố.',
      'III.7, gạch đầu dòng 4',
    ),
    task(
      'III.7.5',
      'Triển khai các nhiệm vụ chuyển đổi số trong các sở, ngành, đơn vị, địa phương.',
      'III.7, gạch đầu dòng 5',
      { allDepartmentsAndCommunes: true },
      '"trong các sở, ngành, đơn vị, địa phương": every department and commune (VI.4).',
    ),
    // 8. Kinh tế số, xã hội số
    task('III.8.1', 'Triển khai Đề án Khu công nghệ số tập trung thành phố.', 'III.8, gạch đầu dòng 1'),
    task(
      'III.8.2',
      'Thúc đẩy các hoạt động nhằm kêu gọi các doanh nghiệp công nghệ trong và ngoài nước đầu tư hoặc mở chi nhánh hoạt động tại thành phố Huế.',
      'III.8, gạch đầu dòng 2',
    ),
    task(
      'III.8.3',
      'Tổ chức triển khai hỗ trợ đưa nông sản đặc biệt là nông sản vùng xa, vùng cao, miền núi lên sàn thương mại điện tử, thúc đẩy phát triển kinh tế số nông nghiệp, nông thôn trên địa bàn thành phố.',
      'III.8, gạch đầu dòng 3',
    ),
    task(
      'III.8.4',
      'Hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn thành phố chuyển đổi số: Hỗ trợ doanh nghiệp tiếp cận, đưa vào sử dụng các nền tảng chuyển đổi số trong doanh nghiệp như ứng dụng tích hợp các sàn thương mại điện tử trên Hue-S và các nền tảng số trong doanh nghiệp do các doanh nghiệp trong thành phố hoặc trên toàn quốc triển khai.',
      'III.8, gạch đầu dòng 4',
    ),
    task(
      'III.8.5',
      'Triển khai các giải pháp thu hút người dân tạo tài khoản giao dịch tại ngân hàng; cấp thẻ ngân hàng, ví điện tử cho người dân.',
      'III.8, gạch đầu dòng 5',
    ),
    task('III.8.6', 'Tiếp tục triển khai cấp phát chữ ký số cho người dân.', 'III.8, gạch đầu dòng 6'),
    task(
      'III.8.7',
      'Triển khai các hoạt động Tổ Công nghệ số cộng đồng nhằm lan tỏa các hoạt động của chính quyền, doanh nghiệp với người dân.',
      'III.8, gạch đầu dòng 7',
      { allCommunes: true },
      'VI.4: UBND cấp xã chịu trách nhiệm về hoạt động của Tổ công nghệ số cộng đồng; the teams coordinate.',
      WITH_COMMUNITY_TEAMS,
    ),
    task(
      'III.8.8',
      'Tiếp tục triển khai phát triển trường học số, bệnh viện số.',
      'III.8, gạch đầu dòng 8',
      { agencyId: STANDING_OFFICE_ID },
      VI_2 + ' The education and health departments are not named in the document.',
    ),
    // 9. Nâng cao nhận thức, tuyên truyền, truyền thông và các giải pháp khác
    task(
      'III.9.1',
      'Tiếp tục tuyên truyền, hỗ trợ, thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt đặc biệt trong các trường học, cơ sở giáo dục và bệnh viện, cơ sở y tế của thành phố.',
      'III.9, gạch đầu dòng 1',
    ),
    task(
      'III.9.2',
      'Tăng cường tuyên truyền và triển khai để mỗi người dân có một phần mềm bảo vệ an toàn thông tin mạng cơ bản.',
      'III.9, gạch đầu dòng 2',
    ),
    task(
      'III.9.3',
      'Triển khai cung cấp kỹ năng số cho người dân thông qua triển khai nền tảng học trực tuyến đại trà được tích hợp trên Hue-S.',
      'III.9, gạch đầu dòng 3',
      { agencyId: STANDING_OFFICE_ID },
      VI_5_1,
      TRAINING_WITH_IT_CENTRE,
    ),
    task(
      'III.9.4',
      'Tiếp tục phát triển kênh giao tiếp số hợp nhất giữa chính quyền với người dân, doanh nghiệp trên cơ sở tích hợp ứng dụng hỏi đáp và phản ánh hiện trường trên Hue-S; thu hút sự tham gia của các cơ quan, tổ chức chính trị xã hội, doanh nghiệp và người dân.',
      'III.9, gạch đầu dòng 4',
    ),
    // VI. Tổ chức thực hiện: what VI asks beyond III
    task(
      'VI.2.3',
      'Tham mưu các phương án để huy động các nguồn lực xã hội tham gia xây dựng Chính quyền điện tử và dịch vụ đô thị thông minh.',
      'VI.2, gạch đầu dòng 3',
      { agencyId: STANDING_OFFICE_ID },
      'VI.2 names Sở Khoa học và Công nghệ.',
    ),
    task(
      'VI.3.1',
      'Trên cơ sở nguồn vốn ngân sách địa phương, cân đối, bố trí lồng ghép nguồn vốn đầu tư các chương trình dự án hàng năm để thực hiện Kế hoạch theo quy định; phối hợp với Sở Khoa học và Công nghệ hướng dẫn quản lý, sử dụng kinh phí cụ thể chi cho ứng dụng CNTT trong hoạt động các cơ quan Nhà nước và chuyển đổi số của thành phố.',
      'VI.3, gạch đầu dòng 1',
      { agencyId: 'so-tai-chinh' },
      'VI.3 names Sở Tài chính; it coordinates with Sở Khoa học và Công nghệ.',
      {
        coordinatingAgencyIds: [STANDING_OFFICE_ID],
        dueDate: null,
        dueDateIsPeriodEnd: true,
        recurrence: { frequency: 'yearly', until: PERIOD_END },
        recurrenceNote:
          'The bullet says "hàng năm" (every year) and gives no day: each year\'s is due on its last day.',
      },
    ),
    task(
      'VI.3.2',
      'Cân đối, bố trí kịp thời các nguồn vốn đầu tư công để triển khai chuyển đổi số; đôn đốc các chủ đầu tư trình UBND thành phố phê duyệt các dự án triển khai đúng tiến độ.',
      'VI.3, gạch đầu dòng 2',
      { agencyId: 'so-tai-chinh' },
      'VI.3 names Sở Tài chính.',
      {
        quote:
          'Cân đối, bố trí kịp thời các nguồn vốn đầu tư công để triển khai chuyển đổi số; đôn đốc các chủ đầu tư trình UBND thành phố phê duyệt các dự án triển khai đúng tiến độ;',
      },
    ),
    task(
      'VI.3.3',
      'Tổng hợp, thẩm định nhu cầu kinh phí của các cơ quan, đơn vị chuyên môn trực thuộc UBND thành phố (trên cơ sở dự toán đề xuất chi tiết do các đơn vị lập) và khả năng cân đối ngân sách thành phố để tham mưu UBND thành phố bố trí kinh phí cho các cơ quan, đơn vị thực hiện các nhiệm vụ chi từ nguồn kinh phí sự nghiệp thường xuyên theo quy định của Luật ngân sách nhà nước.',
      'VI.3, gạch đầu dòng 3',
      { agencyId: 'so-tai-chinh' },
      'VI.3 names Sở Tài chính.',
    ),
    task(
      'VI.4.2',
      'Tiếp tục tổ chức triển khai hiệu quả Trung tâm Phục vụ Hành chính công cấp xã, các điểm bưu chính công ích.',
      'VI.4, gạch đầu dòng 2',
      { allCommunes: true },
      'VI.4: the Trung tâm Phục vụ Hành chính công cấp xã is the commune’s own.',
      {
        quote:
          'Tiếp tục tổ chức triển khai hiệu quả Trung tâm Phục vụ Hành chính công cấp xã, các điểm bưu chính công ích;',
      },
    ),
    task(
      'VI.4.3',
      'UBND cấp xã bố trí kinh phí duy trì Trang thông tin điện tử cấp xã; Đầu tư trang thiết bị xây dựng Bộ phận Một cửa hiện đại các xã, phường.',
      'VI.4, gạch đầu dòng 3',
      { allCommunes: true },
      'VI.4: "UBND cấp xã bố trí kinh phí ...".',
    ),
    task(
      'VI.4.4',
      'Xây dựng kế hoạch và tổ chức triển khai chuyển đổi số của ngành, đơn vị, địa phương.',
      'VI.4, gạch đầu dòng 4',
      { allDepartmentsAndCommunes: true },
      'VI.4: Các sở, ban, ngành và UBND các xã, phường.',
    ),
    task(
      'VI.4.5',
      'UBND cấp xã chịu trách nhiệm kiện toàn, duy trì hoạt động hiệu quả Tổ công nghệ số cộng đồng để hỗ trợ người dân và phản ánh tiến độ thực hiện công tác chuyển đổi số tại cơ sở.',
      'VI.4, gạch đầu dòng 5',
      { allCommunes: true },
      'VI.4: "UBND cấp xã chịu trách nhiệm kiện toàn ..."; the teams coordinate.',
      WITH_COMMUNITY_TEAMS,
    ),
    task(
      'VI.5.1',
      'Phối hợp các ngành triển khai các nội dung đào tạo nâng cao năng lực số trong nhà nước và cộng đồng.',
      'VI.5, gạch đầu dòng 1',
      { agencyId: 'tt-cntt' },
      'VI.5 names Trung tâm Công nghệ thông tin thành phố.',
    ),
    task(
      'VI.5.2',
      'Thúc đẩy phát triển doanh nghiệp số trong hệ thống Chuỗi công viên phần mềm tại thành phố Huế.',
      'VI.5, gạch đầu dòng 2',
      { agencyId: 'tt-cntt' },
      'VI.5 names Trung tâm Công nghệ thông tin thành phố.',
    ),
    task(
      'VI.5.3',
      'Tổ chức nghiên cứu các giải pháp, công nghệ mới hỗ trợ cho chương trình phát triển công nghệ số trên địa bàn thành phố.',
      'VI.5, gạch đầu dòng 3',
      { agencyId: 'tt-cntt' },
      'VI.5 names Trung tâm Công nghệ thông tin thành phố.',
    ),
    task(
      'VI.5.4',
      'Phối hợp với các cơ sở đào tạo triển khai các chương trình đào tạo nguồn nhân lực số.',
      'VI.5, gạch đầu dòng 4',
      { agencyId: 'tt-cntt' },
      'VI.5 names Trung tâm Công nghệ thông tin thành phố.',
    ),
    task(
      'VI.6',
      'Hiệp hội Doanh nghiệp thành phố, Hội Doanh nghiệp trẻ, Hội Công nghệ thông tin và Điện tử viễn thông làm đầu mối để hỗ trợ phát triển kinh tế số, doanh nghiệp chuyển đổi số.',
      'VI.6',
      { eachOf: ['hiep-hoi-doanh-nghiep', 'hoi-doanh-nghiep-tre', 'hoi-cntt-dtvt'] },
      'VI.6 names three associations side by side: one task each.',
    ),
    task(
      'VI.7',
      'Đại học Huế, Trường Cao đẳng Huế: tổ chức đào tạo nguồn nhân lực công nghệ thông tin, chuyển đổi số, an toàn thông tin mạng đáp ứng nhu cầu của thị trường các doanh nghiệp công nghệ số hoạt động tại Huế trong giai đoạn tới, đặc biệt khi khu Khu công nghệ số tập trung của thành phố được thành lập và đi vào hoạt động.',
      'VI.7',
      { eachOf: ['dai-hoc-hue', 'truong-cao-dang-hue'] },
      'VI.7 names Đại học Huế and Trường Cao đẳng Huế side by side: one task each.',
      {
        quote:
          'Tổ chức đào tạo nguồn nhân lực công nghệ thông tin, chuyển đổi số, an toàn thông tin mạng đáp ứng nhu cầu của thị trường các doanh nghiệp công nghệ số hoạt động tại Huế trong giai đoạn tới, đặc biệt khi khu Khu công nghệ số tập trung của thành phố được thành lập và đi vào hoạt động.',
      },
    ),
  ],
  amendments: [],
};
