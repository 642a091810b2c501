// The workbook contract in one place: the reader, the template writer,
// the Office.js set-up and the importer all take sheet, table and header names from here.
import { clean, stripMarks } from './text';
import { CADENCES } from './values';

export type BlockKey =
  | 'document'
  | 'legalBases'
  | 'parties'
  | 'signatories'
  | 'clauses'
  | 'responsibilities'
  | 'recipients'
  | 'versions'
  | 'disseminations';

export type ListKey =
  | 'documentKinds'
  | 'partyCodes'
  | 'partyKinds'
  | 'partyRoles'
  | 'cadences'
  | 'capacities'
  | 'statuses'
  | 'clauseIds'
  | 'disseminationMethods';

export interface ColumnSpec {
  key: string;
  header: string;
  required: boolean;
  /** Width in characters, chosen so each sheet prints on A4. */
  width: number;
  kind?: 'text' | 'date' | 'number';
  /** The dropdown list of the template. */
  list?: ListKey;
}

export interface BlockSpec {
  key: BlockKey;
  sheet: string;
  table: string;
  columns: ColumnSpec[];
  landscape?: boolean;
  /**
   * A block added after the first contract (Phổ biến): the template has it, but a workbook
   * without it is complete, and its rules stay silent.
   */
  optional?: boolean;
}

const c = (key: string, header: string, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  width,
  required: true,
  ...extra,
});
const opt = (key: string, header: string, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec =>
  c(key, header, width, { required: false, ...extra });

export const BLOCKS: BlockSpec[] = [
  { key: 'document', sheet: 'Văn bản', table: 'VanBan', columns: [c('label', 'Mục', 28), c('value', 'Nội dung', 80)] },
  {
    key: 'legalBases',
    sheet: 'Căn cứ',
    table: 'CanCu',
    landscape: true,
    columns: [
      opt('no', 'STT', 6, { kind: 'number' }),
      opt('type', 'Loại văn bản', 16),
      c('number', 'Số ký hiệu', 20),
      c('date', 'Ngày ban hành', 14, { kind: 'date' }),
      opt('issuer', 'Cơ quan ban hành', 26),
      opt('summary', 'Trích yếu', 60),
    ],
  },
  {
    key: 'parties',
    sheet: 'Các bên',
    table: 'CacBen',
    columns: [
      c('code', 'Mã', 10),
      c('name', 'Tên bên', 44),
      opt('kind', 'Loại', 20, { list: 'partyKinds' }),
      // Empty reads as signing, so a workbook made before the column keeps asking every party to sign.
      opt('role', 'Vai trò', 20, { list: 'partyRoles' }),
      opt('note', 'Ghi chú', 30),
    ],
  },
  {
    key: 'signatories',
    sheet: 'Người ký',
    table: 'NguoiKy',
    columns: [
      c('partyCode', 'Mã bên', 10, { list: 'partyCodes' }),
      c('name', 'Họ và tên', 28),
      opt('title', 'Chức vụ', 24),
      c('capacity', 'Thẩm quyền ký', 14, { list: 'capacities' }),
      opt('signedOn', 'Ngày ký', 14, { kind: 'date' }),
    ],
  },
  {
    key: 'clauses',
    sheet: 'Điều khoản',
    table: 'DieuKhoan',
    landscape: true,
    columns: [
      c('id', 'Mã', 10),
      opt('chapter', 'Chương/Mục', 18),
      opt('article', 'Điều', 12),
      opt('paragraph', 'Khoản', 8),
      c('text', 'Nội dung', 90),
    ],
  },
  {
    key: 'responsibilities',
    sheet: 'Phân công',
    table: 'PhanCong',
    landscape: true,
    columns: [
      opt('no', 'STT', 6, { kind: 'number' }),
      c('clauseId', 'Mã điều khoản', 12, { list: 'clauseIds' }),
      c('task', 'Nhiệm vụ', 50),
      c('lead', 'Chủ trì', 10, { list: 'partyCodes' }),
      c('support', 'Phối hợp', 18),
      c('cadence', 'Chu kỳ', 16, { list: 'cadences' }),
      opt('months', 'Thời điểm', 14),
      opt('evidence', 'Minh chứng', 26),
      opt('note', 'Ghi chú', 18),
    ],
  },
  {
    key: 'recipients',
    sheet: 'Nơi nhận',
    table: 'NoiNhan',
    columns: [c('recipient', 'Nơi nhận', 50), opt('purpose', 'Mục đích', 40)],
  },
  {
    key: 'versions',
    sheet: 'Phiên bản',
    table: 'PhienBan',
    columns: [
      c('number', 'Số ký hiệu', 24),
      c('schoolYear', 'Năm học', 14),
      opt('issuedOn', 'Ngày ban hành', 14, { kind: 'date' }),
      c('status', 'Trạng thái', 18, { list: 'statuses' }),
      c('supersededBy', 'Thay thế bởi', 24),
    ],
  },
  {
    // That the regulation was made known, party by party: at a meeting, on Zalo, by e-mail, on the board.
    key: 'disseminations',
    sheet: 'Phổ biến',
    table: 'PhoBien',
    optional: true,
    landscape: true,
    columns: [
      c('partyCode', 'Mã bên', 10, { list: 'partyCodes' }),
      c('date', 'Ngày phổ biến', 14, { kind: 'date' }),
      opt('method', 'Hình thức', 22, { list: 'disseminationMethods' }),
      opt('audience', 'Phổ biến tới', 30),
      opt('evidence', 'Minh chứng', 40),
    ],
  },
];

export const BLOCK_BY_KEY = Object.fromEntries(BLOCKS.map((b) => [b.key, b])) as Record<BlockKey, BlockSpec>;

export const LISTS_SHEET = 'Danh mục';

/** The key/value rows of the Văn bản sheet, in template order. */
export const DOCUMENT_FIELDS = [
  { key: 'kind', label: 'Loại văn bản', list: 'documentKinds' as ListKey },
  { key: 'number', label: 'Số ký hiệu' },
  { key: 'title', label: 'Trích yếu' },
  { key: 'managingAuthority', label: 'Cơ quan chủ quản' },
  { key: 'issuer', label: 'Đơn vị ban hành' },
  { key: 'place', label: 'Địa danh' },
  { key: 'issueDate', label: 'Ngày ban hành' },
  { key: 'schoolYear', label: 'Năm học' },
  { key: 'effectiveFrom', label: 'Hiệu lực từ ngày' },
  { key: 'effectiveTo', label: 'Hiệu lực đến ngày' },
  { key: 'reviewCadence', label: 'Chu kỳ rà soát', list: 'cadences' as ListKey },
  { key: 'reviewForm', label: 'Hình thức rà soát' },
  { key: 'supersedes', label: 'Thay thế văn bản' },
  { key: 'adoptedAt', label: 'Thông qua tại' },
  { key: 'decision', label: 'Quyết định ban hành' },
] as const;
export type DocumentFieldKey = (typeof DOCUMENT_FIELDS)[number]['key'];

/** How a regulation is made known; free text is kept as written. */
export const DISSEMINATION_METHODS = ['Hội nghị', 'Zalo', 'Email', 'Bảng tin', 'Trang thông tin điện tử', 'Văn bản'];
export const DOCUMENT_KINDS = ['Quy chế phối hợp', 'Kế hoạch phối hợp', 'Kế hoạch liên tịch'];
export const CAPACITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'];
export const VERSION_STATUSES = ['Đang hiệu lực', 'Đã bị thay thế', 'Hết hiệu lực'] as const;
export const PARTY_KINDS = [
  'Chính quyền',
  'Công đoàn',
  'Đoàn thanh niên',
  'Chi bộ',
  'Cha mẹ học sinh',
  'Chính quyền địa phương',
  'Mặt trận, hội, đoàn thể',
  'Doanh nghiệp',
  'Khác',
];

/** A party signs the document, or only takes part in the work it assigns (DESIGN §9). */
export const PARTY_ROLES = ['Ký ban hành', 'Phối hợp thực hiện'] as const;
export const SIGNING_ROLE = PARTY_ROLES[0];
export const SUPPORTING_ROLE = PARTY_ROLES[1];

/** Whether a Vai trò cell means the party signs: empty and anything but "Phối hợp thực hiện" or "Không ký" do. */
export function roleSigns(role: string): boolean {
  return !/^(?:phoi hop|khong ky)\b/.test(stripMarks(clean(role)).toLowerCase());
}

/** The standard party codes, with the name a template proposes. */
export const STANDARD_PARTIES: Array<{ code: string; name: string; kind: string; collective: boolean }> = [
  { code: 'NT', name: 'Nhà trường (Ban Giám hiệu)', kind: 'Chính quyền', collective: false },
  { code: 'CD', name: 'Ban Chấp hành Công đoàn cơ sở', kind: 'Công đoàn', collective: true },
  { code: 'CDTN', name: 'Ban Chấp hành Chi đoàn', kind: 'Đoàn thanh niên', collective: true },
  { code: 'CB', name: 'Chi bộ', kind: 'Chi bộ', collective: true },
  { code: 'CMHS', name: 'Ban đại diện cha mẹ trẻ', kind: 'Cha mẹ học sinh', collective: true },
  { code: 'UBND', name: 'Ủy ban nhân dân xã', kind: 'Chính quyền địa phương', collective: true },
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc xã', kind: 'Mặt trận, hội, đoàn thể', collective: true },
  { code: 'PN', name: 'Hội Liên hiệp Phụ nữ xã', kind: 'Mặt trận, hội, đoàn thể', collective: true },
  { code: 'CCB', name: 'Hội Cựu chiến binh xã', kind: 'Mặt trận, hội, đoàn thể', collective: true },
  { code: 'CGC', name: 'Hội Cựu giáo chức', kind: 'Mặt trận, hội, đoàn thể', collective: true },
  { code: 'DN', name: 'Doanh nghiệp trên địa bàn', kind: 'Doanh nghiệp', collective: false },
];

export const LIST_VALUES: Partial<Record<ListKey, readonly string[]>> = {
  documentKinds: DOCUMENT_KINDS,
  partyKinds: PARTY_KINDS,
  cadences: CADENCES,
  capacities: CAPACITIES,
  statuses: VERSION_STATUSES,
  disseminationMethods: DISSEMINATION_METHODS,
  // Last: the lists before it keep their columns on Danh mục.
  partyRoles: PARTY_ROLES,
};

/** The Quốc hiệu and Tiêu ngữ every administrative document carries (the Word export, the tracking workbook). */
export const NATIONAL_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
