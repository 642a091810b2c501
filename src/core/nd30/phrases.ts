// The fixed wording of the exported document. It is an administrative document, always in
// Vietnamese (Nghị định 30/2020), so these are content, not UI messages.
import type { IsoDate } from '../values';

export { NATIONAL_HEADING, NATIONAL_MOTTO } from '../layout';

export const PHRASES = {
  numberPrefix: 'Số: ',
  /** Where a heading component is still to be written by hand. */
  blank: '……',
  blankDate: 'ngày …… tháng …… năm ……',
  basisLead: 'Căn cứ',
  recipientsLabel: 'Nơi nhận:',
  archive: 'Lưu: VT',
  decisionKind: 'QUYẾT ĐỊNH',
  decides: 'QUYẾT ĐỊNH:',
  principal: 'Hiệu trưởng',
  represent: 'Đại diện',
  agreed: 'thống nhất ban hành',
  agreedToCarryOut: 'thống nhất thực hiện',
  asFollows: 'như sau:',
  /** Before the parties that take part without signing, one a name, separated by ";". */
  partners: 'Các bên cùng phối hợp thực hiện:',
  /** Tên loại by the workbook's Loại văn bản (Phụ lục III: Quy chế, Kế hoạch). */
  kindNames: {
    'quy chế phối hợp': 'QUY CHẾ',
    'kế hoạch phối hợp': 'KẾ HOẠCH',
    'kế hoạch liên tịch': 'KẾ HOẠCH LIÊN TỊCH',
  } as Record<string, string>,
  /** The Phân công rows as an appendix after the signatures (Nghị định 30, Phụ lục I). */
  appendix: {
    label: 'Phụ lục',
    title: 'Phân công thực hiện',
    attached: 'Kèm theo',
    this: 'này',
    header: ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Chu kỳ', 'Thời điểm', 'Mã điều khoản'],
  },
  /** The school year said in a closing sentence when the title does not name it. */
  appliesInYear: 'áp dụng trong năm học',
  /** What a first version says of what it replaces (Thay thế văn bản: "Không"). */
  firstVersion: 'được ban hành lần đầu, không thay thế văn bản nào',
} as const;

/**
 * "Long Biên, ngày 07 tháng 10 năm 2024": the day with a zero below 10, the month with a zero
 * only for 1 and 2 (Nghị định 30, Phụ lục I: so that 1 cannot become 11 or 21, 2 cannot become 12).
 */
export function placeAndDate(place: string, date: IsoDate | null): string {
  if (!date) return place;
  return `${place ? `${place}, ` : ''}${dateInWords(date)}`;
}

export function dateInWords(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}
