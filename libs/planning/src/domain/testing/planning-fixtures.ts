import { IndicatorDefined } from '../indicator-events';
import { PlanIssued } from '../plan-events';

/** Plan 495/KH-UBND of 31/12/2025 (seed document 000). */
export const plan495Issued: PlanIssued = {
  type: 'PlanIssued',
  data: {
    planId: 'kh-495-2025',
    number: '495/KH-UBND',
    title: 'Kế hoạch chuyển đổi số thành phố Huế năm 2026',
    issuedOn: '2025-12-31',
    signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
    issuingAuthority: 'UBND thành phố Huế',
    period: { from: '2026-01-01', to: '2026-12-31' },
    legalBases: [],
    standingAgencyId: 'so-khcn',
  },
};

/**
 * Plan 284/KH-UBND of 18/5/2026 (amended by seed document 001). Its signer is not in the
 * seed documents: the one here is a test fixture.
 */
export const plan284Issued: PlanIssued = {
  type: 'PlanIssued',
  data: {
    planId: 'kh-284-2026',
    number: '284/KH-UBND',
    title:
      'Chiến lược Quốc gia phát triển kinh tế số và xã hội số giai đoạn 2026-2030 trên địa bàn thành phố Huế',
    issuedOn: '2026-05-18',
    signer: { name: 'Người ký thử nghiệm', title: 'Chủ tịch' },
    issuingAuthority: 'UBND thành phố Huế',
    period: { from: '2026-01-01', to: '2030-12-31' },
    legalBases: [],
    standingAgencyId: 'so-khcn',
  },
};

/**
 * The 2026 – 2030 digital transformation plan (seed document 002): the text gives neither its
 * number nor its date of issue, so both are recorded as unknown (null).
 */
export const planCds20262030Issued: PlanIssued = {
  type: 'PlanIssued',
  data: {
    planId: 'kh-cds-2026-2030',
    number: null,
    title: 'Kế hoạch Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030',
    issuedOn: null,
    signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
    issuingAuthority: 'UBND thành phố Huế',
    period: { from: '2026-01-01', to: '2030-12-31' },
    legalBases: [],
    standingAgencyId: 'so-khcn',
  },
};

export const digitalEconomyShareDefined: IndicatorDefined = {
  type: 'IndicatorDefined',
  data: {
    indicatorId: 'kts-grdp',
    planId: 'kh-284-2026',
    code: 'KTS-1',
    name: 'Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP',
    group: 'Kinh tế số',
    unit: '%',
    direction: 'at_least',
    targets: [{ year: 2026, value: 15 }],
    responsibleAgencyId: 'so-khcn',
  },
};

export const stemShareDefined: IndicatorDefined = {
  type: 'IndicatorDefined',
  data: {
    indicatorId: 'stem',
    planId: 'kh-284-2026',
    name: 'Tỷ trọng quy mô đào tạo giáo dục đại học các ngành STEM',
    group: 'Xã hội số',
    unit: '%',
    direction: 'at_least',
    targets: [
      { year: 2026, value: 25 },
      { year: 2030, value: 35 },
    ],
    responsibleAgencyId: 'dai-hoc-hue',
  },
};

export const enterprisesUsingItDefined: IndicatorDefined = {
  type: 'IndicatorDefined',
  data: {
    indicatorId: 'dn-cntt',
    planId: 'kh-495-2025',
    name: 'Doanh nghiệp ứng dụng công nghệ thông tin',
    group: 'Kinh tế số',
    unit: '%',
    direction: 'at_least',
    targets: [{ year: 2026, value: 90 }],
    responsibleAgencyId: 'so-khcn',
  },
};
