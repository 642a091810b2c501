// The fixed wording of the tracking workbook. It is an administrative document in Vietnamese
// (like the sheet names and headers of the contract), so these are content, not UI messages.
import { MARKS } from '../tracking-book/contract';

export const LABELS = {
  title: 'SỔ THEO DÕI THỰC HIỆN',
  defaultKind: 'Quy chế phối hợp',
  schoolYear: 'NĂM HỌC',
  legend: `Ghi chú: ô trắng là tháng đến hạn, chọn ${MARKS.done} hoặc ${MARKS.notDone} (để ${MARKS.due} khi chưa đến lúc); ô xám là tháng không đến hạn. Tỷ lệ hoàn thành = số lần đã làm / số lần đến hạn.`,
  noTasks: '(Không có nhiệm vụ)',
  preparer: 'NGƯỜI LẬP BIỂU',
  signHint: '(Ký, ghi rõ họ tên)',
  signSealHint: '(Ký, ghi rõ họ tên, đóng dấu)',
  principal: 'HIỆU TRƯỞNG',
  dateLine: (place: string) => `${place ? `${place}, ` : ''}ngày ..... tháng ..... năm 20.....`,
  footer: 'Sổ theo dõi thực hiện',
  page: (p: string, n: string) => `Trang ${p}/${n}`,
  // Tổng hợp
  summaryTitle: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO CÁC BÊN',
  summaryHeaders: [
    'STT',
    'Mã bên',
    'Tên bên',
    'Nhiệm vụ chủ trì',
    'Nhiệm vụ phối hợp',
    'Số lần đến hạn (chủ trì)',
    'Đã làm',
    'Chưa làm',
    'Tỷ lệ hoàn thành',
  ],
  total: 'Cộng',
  undeclared: '(chưa khai báo ở Các bên)',
  monthTitle: 'THEO THÁNG',
  monthHeaders: ['Tháng', 'Số lần đến hạn', 'Đã làm', 'Chưa làm', 'Tỷ lệ hoàn thành'],
  // Lịch: "Việc tháng này", the month's page
  thisMonthTitle: 'VIỆC THÁNG',
  thisMonthSub: (school: string, year: string, source: string) =>
    `${school ? `${school} · ` : ''}Năm học ${year} ${source}`,
  thisMonthPicker: 'Tháng:',
  thisMonthPickerHint: (first: string, last: string) =>
    `Để trống: tháng hiện tại. Chọn ${first} … ${last} để xem hoặc in tháng khác.`,
  thisMonthPickerError: 'Chọn một tháng trong danh sách (T9 … T8), hoặc để trống để xem tháng hiện tại.',
  thisMonthHeaders: ['Tình trạng', 'STT', 'Mã điều khoản', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Chu kỳ'],
  /** Placeholders {name} become live figures (see the Lịch writer). */
  thisMonthTotals: `Cộng: {count} việc đến hạn trong tháng ({done} đã làm, {notDone} chưa làm). Các tháng trước còn {earlier} lượt việc để ${MARKS.due} (xem trang Theo dõi).`,
  thisMonthMore: ' Trang này chưa ghi hết: còn {more} việc nữa, xem Lịch cả năm bên dưới.',
  // Lịch: the year
  calendarTitle: 'LỊCH NHIỆM VỤ THEO THÁNG',
  calendarHeaders: ['Tháng', 'STT', 'Mã điều khoản', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Chu kỳ'],
  everyMonth: (months: string) => `Hằng tháng (${months})`,
  monthOf: (month: number, year: number) => `Tháng ${month}/${year}`,
  taskCount: (n: number) => `${n} nhiệm vụ`,
  plusEvery: (n: number) => `cùng ${n} nhiệm vụ hằng tháng`,
  everyMonthShort: 'Hằng tháng',
  nothingDue: '(Không có nhiệm vụ đến hạn)',
  source: (kind: string, number: string, date: string, issuer: string) =>
    `(Theo ${kind}${number ? ` số ${number}` : ''}${date ? ` ngày ${date}` : ''}${issuer ? ` của ${issuer}` : ''})`,
  calendarNote: (name: string) => `Tháng đến hạn xếp theo chu kỳ và Thời điểm, qua lịch năm học: ${name}.`,
  validationTitle: 'Phối hợp',
  validationError: `Chọn một giá trị trong danh sách: ${MARKS.due}, ${MARKS.done}, ${MARKS.notDone}. / Pick a value from the list.`,
} as const;
