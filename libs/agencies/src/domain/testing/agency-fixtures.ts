import { AgencyRegistered } from '../agency-events';

export const dost: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: { agencyId: 'so-khcn', name: 'Sở Khoa học và Công nghệ', shortName: 'SKHCN', kind: 'department' },
};

export const dic: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: { agencyId: 'so-tttt', name: 'Sở Thông tin và Truyền thông', shortName: 'STTTT', kind: 'department' },
};

export const communeA: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: { agencyId: 'phuong-a', name: 'UBND phường A', kind: 'commune', code: '19001' },
};

export const communeB: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: { agencyId: 'phuong-b', name: 'UBND phường B', kind: 'commune', code: '19002' },
};

export const communeNew: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: { agencyId: 'phuong-moi', name: 'UBND phường Mới', kind: 'commune' },
};

export const stateBank: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: { agencyId: 'nhnn-kv9', name: 'Ngân hàng Nhà nước chi nhánh Khu vực 9', kind: 'other' },
};
