// The fixed wording of the báo cáo sơ kết / tổng kết. Like the exported regulation it is an
// administrative document, always in Vietnamese (Nghị định 30/2020): content, not UI messages.
import type { DisseminationState } from '../rules';
import type { DueState } from '../deadline';
import type { ReportPeriod } from '../tracking-book/counting';

export const REPORT_PHRASES = {
  kindName: 'BÁO CÁO',
  /** The type code of a report in its number (Phụ lục III: BC). */
  numberCode: 'BC',
  title: (period: ReportPeriod, kind: string, year: string) =>
    period === 'hk1'
      ? `Sơ kết học kỳ I thực hiện ${kind} năm học ${year}`
      : `Tổng kết năm học ${year} thực hiện ${kind}`,
  periodName: (period: ReportPeriod) => (period === 'hk1' ? 'học kỳ I' : 'năm học'),
  opening: (kind: string, number: string, year: string, school: string, period: string, date: string) =>
    `Thực hiện ${kind}${number ? ` số ${number}` : ''} năm học ${year}, ${school || 'nhà trường'} báo cáo kết quả thực hiện ${period} (tính đến ${date}) như sau:`,
  results: 'I. KẾT QUẢ THỰC HIỆN',
  figuresHeading: '1. Kết quả theo sổ theo dõi',
  figuresSentence: (
    period: string,
    date: string,
    due: number,
    done: number,
    rate: string,
    missed: number,
    overdue: number,
  ) =>
    due === 0
      ? `Trong ${period}, tính đến ${date}, chưa có lượt nhiệm vụ nào đến hạn.`
      : `Trong ${period}, tính đến ${date}, có ${due} lượt nhiệm vụ đến hạn: đã thực hiện ${done} lượt (đạt ${rate}); chưa thực hiện ${missed} lượt; quá hạn chưa ghi kết quả ${overdue} lượt.`,
  figuresNote:
    'Mỗi lượt là một nhiệm vụ trong một tháng đến hạn. Việc đã làm tính cả khi làm sớm; việc chưa làm tính từ đầu tháng; việc để "○ Cần làm" sau ngày cuối tháng là quá hạn; tỷ lệ = đã làm / đến hạn. Mỗi bên tính các nhiệm vụ mình chủ trì.',
  figuresHeader: ['STT', 'Bên chủ trì', 'Nhiệm vụ chủ trì', 'Đến hạn', 'Đã làm', 'Chưa làm', 'Quá hạn', 'Tỷ lệ'],
  total: 'Cộng',
  undoneHeading: '2. Nhiệm vụ chưa hoàn thành',
  undoneNone: 'Không có nhiệm vụ đến hạn nào chưa hoàn thành.',
  undoneHeader: ['STT', 'Nhiệm vụ', 'Chủ trì', 'Tháng chưa hoàn thành'],
  lateMonth: (label: string, state: 'missed' | 'overdue') => `${label} ${state === 'missed' ? 'chưa làm' : 'quá hạn'}`,
  disseminationHeading: '3. Phổ biến quy chế',
  disseminationNone: 'Quy chế chưa có mục Phổ biến: chưa ghi nhận việc phổ biến của các bên.',
  disseminationState: (name: string, state: DisseminationState | null, on: string, due: string) => {
    if (state === 'ok') return `${name}: đã phổ biến ngày ${on}.`;
    if (state === 'late') return `${name}: phổ biến ngày ${on}, sau thời hạn ${due}.`;
    if (state === 'undated') return `${name}: có ghi phổ biến nhưng chưa ghi ngày (${on}).`;
    if (state === 'missing') return `${name}: chưa ghi nhận việc phổ biến (hạn ${due}).`;
    if (state === 'pending') return `${name}: chưa ghi nhận, còn hạn đến ${due}.`;
    return `${name}: chưa ghi nhận.`;
  },
  reviewHeading: '4. Rà soát quy chế',
  review: (cadence: string, due: string, state: DueState | null, form: string) =>
    `${cadence ? `Chu kỳ rà soát: ${cadence}. ` : ''}${
      due
        ? `Lần rà soát tiếp theo đến hạn ngày ${due} (${state === 'overdue' ? 'quá hạn' : state === 'dueSoon' ? 'sắp đến hạn' : 'còn hạn'}).`
        : 'Chưa xác định được ngày rà soát tiếp theo.'
    }${form ? ` Hình thức: ${form}.` : ''}`,
  /** Without the regulation workbook, what the tracking workbook cannot say. */
  notInTracking: 'Sổ theo dõi không ghi nội dung này.',
  highlightsHeading: '5. Kết quả nổi bật',
  allDone: (names: string) => `Theo sổ theo dõi, ${names} đã thực hiện đủ các nhiệm vụ chủ trì đến hạn.`,
  shortcomings: 'II. TỒN TẠI, HẠN CHẾ',
  shortcomingsData: (count: number) =>
    count === 0
      ? 'Theo sổ theo dõi, không có lượt nhiệm vụ đến hạn nào chưa hoàn thành.'
      : `Theo sổ theo dõi, còn ${count} lượt nhiệm vụ đến hạn chưa hoàn thành (chi tiết ở mục I.2).`,
  direction: (period: ReportPeriod) =>
    period === 'hk1' ? 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ HỌC KỲ II' : 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC TỚI',
  nextData: 'Các nhiệm vụ đến hạn trong thời gian còn lại của năm học:',
  nextNone: 'Theo sổ theo dõi, không còn nhiệm vụ nào đến hạn trong thời gian còn lại của năm học.',
  yearNext:
    'Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành; rà soát, sửa đổi quy chế và trình hội nghị viên chức, người lao động đầu năm học tới.',
  taskLine: (task: string, lead: string, months: string) => `- ${task} (${lead ? `${lead}: ` : ''}${months}).`,
  /** Where the school writes: said in brackets, in italics, so it cannot be missed or sent as is. */
  write: (what: string) => `[Nhà trường viết: ${what}]`,
  writeHighlights: 'những kết quả nổi bật của từng bên trong việc phối hợp',
  writeShortcomings: 'tồn tại, hạn chế và nguyên nhân',
  writeDirection: 'phương hướng, nhiệm vụ và giải pháp cho thời gian tới',
  writeDissemination: 'việc phổ biến quy chế đến cán bộ, giáo viên, nhân viên và cha mẹ trẻ',
  writeReview: 'kết quả rà soát quy chế',
  closing: (period: ReportPeriod, school: string, office: string) =>
    `Trên đây là báo cáo ${period === 'hk1' ? 'sơ kết học kỳ I' : 'tổng kết năm học'} thực hiện quy chế phối hợp của ${school || 'nhà trường'}${office ? `, kính báo cáo ${office}` : ''}./.`,
  report: 'báo cáo',
  cooperate: 'phối hợp',
} as const;
