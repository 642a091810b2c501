// Workbooks built from DESIGN.md §2 alone — literal sheet, table and header names, raw exceljs —
// so the reader is tested against the contract, not against its own layout module.
import ExcelJS from 'exceljs';

export type Rows = Array<Array<string | number | Date | null | ExcelJS.CellValue>>;

export interface SheetDef {
  sheet: string;
  table?: string;
  headers: string[];
  rows: Rows;
}

export const HEADERS = {
  vanBan: ['Mục', 'Nội dung'],
  canCu: ['STT', 'Loại văn bản', 'Số ký hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu'],
  cacBen: ['Mã', 'Tên bên', 'Loại', 'Ghi chú'],
  nguoiKy: ['Mã bên', 'Họ và tên', 'Chức vụ', 'Thẩm quyền ký', 'Ngày ký'],
  dieuKhoan: ['Mã', 'Chương/Mục', 'Điều', 'Khoản', 'Nội dung'],
  phanCong: ['STT', 'Mã điều khoản', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Chu kỳ', 'Thời điểm', 'Minh chứng', 'Ghi chú'],
  noiNhan: ['Nơi nhận', 'Mục đích'],
  phienBan: ['Số ký hiệu', 'Năm học', 'Ngày ban hành', 'Trạng thái', 'Thay thế bởi'],
};

/** A complete, clean regulation of a fictional primary school, 2025-2026. */
export function cleanSheets(): SheetDef[] {
  const sheets: SheetDef[] = [
    {
      sheet: 'Văn bản',
      table: 'VanBan',
      headers: HEADERS.vanBan,
      rows: [
        ['Loại văn bản', 'Kế hoạch phối hợp'],
        ['Số ký hiệu', '21/KHPH-THAB'],
        ['Trích yếu', 'Kế hoạch phối hợp giữa Nhà trường và Công đoàn năm học 2025-2026'],
        ['Cơ quan chủ quản', 'UBND PHƯỜNG AN BÌNH'],
        ['Đơn vị ban hành', 'TRƯỜNG TIỂU HỌC AN BÌNH'],
        ['Địa danh', 'An Bình'],
        ['Ngày ban hành', new Date(Date.UTC(2025, 9, 3))],
        ['Năm học', '2025-2026'],
        ['Chu kỳ rà soát', 'Hàng năm'],
        ['Thay thế văn bản', 'Không'],
      ],
    },
    {
      sheet: 'Căn cứ',
      table: 'CanCu',
      headers: HEADERS.canCu,
      rows: [[1, 'Luật', '10/2022/QH15', '10/11/2022', 'Quốc hội', 'Luật Thực hiện dân chủ ở cơ sở']],
    },
    {
      sheet: 'Các bên',
      table: 'CacBen',
      headers: HEADERS.cacBen,
      rows: [
        ['NT', 'Nhà trường', 'Chính quyền', null],
        ['CD', 'Ban Chấp hành Công đoàn', 'Công đoàn', null],
      ],
    },
    {
      sheet: 'Người ký',
      table: 'NguoiKy',
      headers: HEADERS.nguoiKy,
      rows: [
        ['NT', 'Đỗ Minh Châu', 'Hiệu trưởng', null, null],
        ['CD', 'Hà Thị Yến', 'Chủ tịch Công đoàn', 'TM.', null],
      ],
    },
    {
      sheet: 'Điều khoản',
      table: 'DieuKhoan',
      headers: HEADERS.dieuKhoan,
      rows: [
        ['D1', 'I', 'Điều 1', null, 'Phối hợp tổ chức hội nghị viên chức.'],
        ['D2', 'II', 'Điều 2', null, 'Phối hợp chăm lo đời sống người lao động.'],
      ],
    },
    {
      sheet: 'Phân công',
      table: 'PhanCong',
      headers: HEADERS.phanCong,
      rows: [
        [1, 'D1', 'Tổ chức hội nghị viên chức', 'NT', 'CD', 'Đầu năm học', null, 'Biên bản', null],
        [2, 'D2', 'Thăm hỏi đoàn viên', 'CD', 'NT', 'Đột xuất', null, 'Sổ thăm hỏi', null],
      ],
    },
    {
      sheet: 'Nơi nhận',
      table: 'NoiNhan',
      headers: HEADERS.noiNhan,
      rows: [
        ['UBND phường An Bình', 'Báo cáo'],
        ['Lưu: VT', null],
      ],
    },
    {
      sheet: 'Phiên bản',
      table: 'PhienBan',
      headers: HEADERS.phienBan,
      rows: [['21/KHPH-THAB', '2025-2026', '03/10/2025', 'Đang hiệu lực', null]],
    },
  ];
  // Tests edit what they get: never let them edit the shared header lists.
  return sheets.map((s) => ({ ...s, headers: [...s.headers] }));
}

export interface BuildOptions {
  /** Write Excel Tables (as Excel does) or plain header rows (as LibreOffice or a hand-made file). */
  tables?: boolean;
  /** Rows above the header (a title line, as clerks like to add). */
  titleRows?: number;
  /** A last touch on the exceljs workbook before it is written. */
  decorate?: (wb: ExcelJS.Workbook) => void;
}

export async function buildWorkbook(sheets: SheetDef[], opts: BuildOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const def of sheets) {
    const ws = wb.addWorksheet(def.sheet);
    const top = 1 + (opts.titleRows ?? 0);
    if (opts.titleRows) ws.getCell(1, 1).value = `Bảng ${def.sheet}`;
    if (opts.tables !== false && def.table) {
      ws.addTable({
        name: def.table,
        ref: `A${top}`,
        headerRow: true,
        columns: def.headers.map((name) => ({ name })),
        rows: def.rows.length ? (def.rows as ExcelJS.CellValue[][]) : [def.headers.map(() => null)],
      });
    } else {
      ws.getRow(top).values = def.headers;
      def.rows.forEach((r, i) => (ws.getRow(top + 1 + i).values = r as ExcelJS.CellValue[]));
    }
  }
  opts.decorate?.(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Move columns: the contract lets a school put them in any order. */
export function reorder(def: SheetDef, order: number[]): SheetDef {
  return {
    ...def,
    headers: order.map((i) => def.headers[i]),
    rows: def.rows.map((r) => order.map((i) => r[i] ?? null)),
  };
}
