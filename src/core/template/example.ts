// The worked example: a fictional kindergarten's coordination regulation for the current
// school year, complete enough to pass every rule with no error and no warning.
import type { WorkbookContent } from './content';

export function exampleContent(schoolYearStart = 2026): WorkbookContent {
  const y = schoolYearStart;
  const sy = `${y}-${y + 1}`;
  const prev = `${y - 1}-${y}`;
  const clause = (id: string, chapter: string, article: string, paragraph: string, text: string) => ({ id, chapter, article, paragraph, text });
  return {
    title: `Quy chế phối hợp năm học ${sy} — ví dụ`,
    document: {
      kind: 'Quy chế phối hợp',
      number: `${'15'}/QCPH-MNHM-CĐ`,
      title: `Quy chế phối hợp giữa Nhà trường và Công đoàn, Chi đoàn, Ban đại diện cha mẹ trẻ năm học ${sy}`,
      managingAuthority: 'UBND XÃ HÒA BÌNH',
      issuer: 'TRƯỜNG MẦM NON HOA MAI',
      place: 'Hòa Bình',
      issueDate: `ngày 08 tháng 10 năm ${y}`,
      schoolYear: sy,
      effectiveFrom: `08/10/${y}`,
      effectiveTo: `31/08/${y + 1}`,
      reviewCadence: 'Hàng năm',
      reviewForm: 'Rà soát tại Hội nghị viên chức, người lao động đầu năm học',
      supersedes: `Quy chế phối hợp số 12/QCPH-MNHM-CĐ năm học ${prev}`,
      adoptedAt: `Hội nghị viên chức, người lao động năm học ${sy}`,
    },
    blocks: {
      legalBases: [
        { no: 1, type: 'Luật', number: '10/2022/QH15', date: '10/11/2022', issuer: 'Quốc hội', summary: 'Luật Thực hiện dân chủ ở cơ sở' },
        { no: 2, type: 'Luật', number: '50/2024/QH15', date: '27/11/2024', issuer: 'Quốc hội', summary: 'Luật Công đoàn' },
        { no: 3, type: 'Kế hoạch', number: `45/KH-MNHM`, date: `15/09/${y}`, issuer: 'Trường Mầm non Hoa Mai', summary: `Kế hoạch thực hiện nhiệm vụ năm học ${sy}` },
      ],
      parties: [
        { code: 'NT', name: 'Nhà trường (Ban Giám hiệu)', kind: 'Chính quyền', note: '' },
        { code: 'CD', name: 'Ban Chấp hành Công đoàn cơ sở', kind: 'Công đoàn', note: '' },
        { code: 'CDTN', name: 'Ban Chấp hành Chi đoàn', kind: 'Đoàn thanh niên', note: '' },
        { code: 'CMHS', name: 'Ban đại diện cha mẹ trẻ', kind: 'Cha mẹ học sinh', note: '' },
      ],
      signatories: [
        { partyCode: 'NT', name: 'Trần Thị Lan', title: 'Hiệu trưởng', capacity: '', signedOn: `08/10/${y}` },
        { partyCode: 'CD', name: 'Nguyễn Thị Hương', title: 'Chủ tịch Công đoàn', capacity: 'TM.', signedOn: `08/10/${y}` },
        { partyCode: 'CDTN', name: 'Lê Thị Mai', title: 'Bí thư Chi đoàn', capacity: 'TM.', signedOn: `08/10/${y}` },
        { partyCode: 'CMHS', name: 'Phạm Văn Minh', title: 'Trưởng ban', capacity: 'TM.', signedOn: `08/10/${y}` },
      ],
      clauses: [
        clause('D1', 'Chương I', 'Điều 1', '', 'Phạm vi và đối tượng áp dụng: quy chế quy định việc phối hợp giữa Nhà trường với Công đoàn, Chi đoàn và Ban đại diện cha mẹ trẻ.'),
        clause('D2', 'Chương II', 'Điều 2', '', 'Phối hợp xây dựng và triển khai kế hoạch năm học, tổ chức Hội nghị viên chức, người lao động.'),
        clause('D3', 'Chương II', 'Điều 3', '', 'Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn cho giáo viên.'),
        clause('D4', 'Chương II', 'Điều 4', '', 'Phối hợp chăm lo đời sống, bảo vệ quyền lợi hợp pháp của người lao động.'),
        clause('D5', 'Chương II', 'Điều 5', '', 'Phối hợp với cha mẹ trẻ trong chăm sóc, giáo dục trẻ và xây dựng môi trường an toàn.'),
        clause('D6', 'Chương III', 'Điều 6', '', 'Chế độ họp, sơ kết, tổng kết và rà soát quy chế.'),
      ],
      responsibilities: [
        { no: 1, clauseId: 'D1', task: 'Phổ biến quy chế phối hợp tới toàn thể cán bộ, giáo viên, nhân viên', lead: 'NT', support: 'CD, CDTN', cadence: 'Một lần', months: 'T10', evidence: 'Biên bản họp hội đồng', note: '' },
        { no: 2, clauseId: 'D2', task: 'Tổ chức Hội nghị viên chức, người lao động đầu năm học', lead: 'NT', support: 'CD', cadence: 'Đầu năm học', months: '', evidence: 'Biên bản hội nghị', note: '' },
        { no: 3, clauseId: 'D2', task: 'Họp giao ban giữa Ban Giám hiệu và Ban Chấp hành Công đoàn', lead: 'NT', support: 'CD', cadence: 'Hàng tháng', months: '', evidence: 'Sổ giao ban', note: '' },
        { no: 4, clauseId: 'D3', task: 'Phát động và đánh giá phong trào thi đua theo đợt', lead: 'CD', support: 'NT, CDTN', cadence: 'Mỗi học kỳ', months: '', evidence: 'Kế hoạch, báo cáo thi đua', note: '' },
        { no: 5, clauseId: 'D3', task: 'Tổ chức hội thi giáo viên dạy giỏi cấp trường', lead: 'NT', support: 'CD, CDTN', cadence: 'Hàng năm', months: 'T11', evidence: 'Quyết định công nhận', note: '' },
        { no: 6, clauseId: 'D4', task: 'Thăm hỏi, hỗ trợ đoàn viên ốm đau, gia đình có việc hiếu hỷ', lead: 'CD', support: 'NT', cadence: 'Đột xuất', months: '', evidence: 'Sổ thăm hỏi', note: '' },
        { no: 7, clauseId: 'D4', task: 'Rà soát chế độ, chính sách của người lao động', lead: 'CD', support: 'NT', cadence: 'Hàng quý', months: '', evidence: 'Biên bản rà soát', note: '' },
        { no: 8, clauseId: 'D5', task: 'Họp cha mẹ trẻ toàn trường', lead: 'NT', support: 'CMHS', cadence: '3 lần/năm', months: '', evidence: 'Biên bản họp', note: '' },
        { no: 9, clauseId: 'D5', task: 'Tình nguyện xây dựng góc chơi, vườn trường an toàn', lead: 'CDTN', support: 'CMHS, NT', cadence: 'Mỗi học kỳ', months: '', evidence: 'Ảnh, báo cáo', note: '' },
        { no: 10, clauseId: 'D6', task: 'Sơ kết, tổng kết và rà soát quy chế phối hợp', lead: 'NT', support: 'CD, CDTN, CMHS', cadence: 'Cuối năm học', months: '', evidence: 'Báo cáo tổng kết', note: '' },
      ],
      recipients: [
        { recipient: 'UBND xã Hòa Bình', purpose: 'Báo cáo' },
        { recipient: 'Ban Chấp hành Công đoàn, Chi đoàn, Ban đại diện CMHS', purpose: 'Thực hiện' },
        { recipient: 'Lưu: VT', purpose: 'Lưu trữ' },
      ],
      versions: [
        { number: '12/QCPH-MNHM-CĐ', schoolYear: prev, issuedOn: `06/10/${y - 1}`, status: 'Đã bị thay thế', supersededBy: `15/QCPH-MNHM-CĐ` },
        { number: '15/QCPH-MNHM-CĐ', schoolYear: sy, issuedOn: `08/10/${y}`, status: 'Đang hiệu lực', supersededBy: '' },
      ],
    },
  };
}
