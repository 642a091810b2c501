// Corpus, part 5: plans whose tasks are a table (each text written for these tests). Schools
// post a kế hoạch phối hợp as a table far more often than as numbered clauses: TT, Thời gian,
// Nội dung công việc, Người thực hiện, a cell holding several bullets, a header on two rows
// ("Thực hiện" over "Chủ trì | Phối hợp"), a row across the table for each term, the month
// column first and no TT. Here the rows are written between bars, a cell's lines parted by <br>
// (a Markdown text); the Word layouts make them Word tables with merged cells.
import type { CorpusDoc } from './types';

export const TABLE_DOCS: CorpusDoc[] = [
  {
    id: 'c56-plan-table-parents-board',
    phenomena: [
      'tasks in a table: TT | Thời gian | Nội dung công việc | Người thực hiện | Ghi chú',
      'a cell of several bullets',
      'a time that names no month ("Cuối học kỳ I")',
    ],
    text: `PHÒNG GD&ĐT HUYỆN ĐÔNG ANH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC VÂN NỘI                 Độc lập - Tự do - Hạnh phúc
Số: 31/KH-THVN                          Đông Anh, ngày 18 tháng 9 năm 2024
KẾ HOẠCH
Phối hợp giữa nhà trường và Ban đại diện cha mẹ học sinh năm học 2024-2025
Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ Giáo dục và Đào tạo ban hành Điều lệ Ban đại diện cha mẹ học sinh;
Căn cứ Kế hoạch số 25/KH-THVN ngày 06/9/2024 thực hiện nhiệm vụ năm học 2024-2025 của trường,
Trường Tiểu học Vân Nội xây dựng kế hoạch phối hợp như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Gắn kết nhà trường với gia đình trong việc chăm lo, giáo dục học sinh.
II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
| TT | Thời gian | Nội dung công việc | Người thực hiện | Ghi chú |
|----|-----------|--------------------|-----------------|---------|
| 1 | Tháng 9/2024 | - Tổ chức họp cha mẹ học sinh các lớp đầu năm học.<br>- Kiện toàn Ban đại diện cha mẹ học sinh lớp, trường. | Hiệu trưởng, GVCN | |
| 2 | Tháng 10, 11/2024 | Phối hợp tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11. | BGH, Ban đại diện CMHS trường | |
| 3 | Hằng tháng | Trao đổi tình hình học tập, rèn luyện của học sinh qua sổ liên lạc điện tử. | GVCN, cha mẹ học sinh | |
| 4 | Cuối học kỳ I | Sơ kết công tác phối hợp học kỳ I. | Hiệu trưởng, Trưởng ban đại diện CMHS | |
| 5 | Tháng 5/2025 | Tổng kết năm học, khen thưởng học sinh. | Ban đại diện CMHS trường, BGH | |
III. TỔ CHỨC THỰC HIỆN
1. Nhà trường chủ trì, phối hợp với Ban đại diện cha mẹ học sinh triển khai kế hoạch.
Nơi nhận:                                HIỆU TRƯỞNG
- Ban đại diện CMHS trường;
- Lưu: VT.
                                         Kiều Thị Thanh Hương`,
    expected: {
      kind: 'ke_hoach',
      number: '31/KH-THVN',
      date: '2024-09-18',
      schoolYear: '2024-2025',
      school: 'Trường Tiểu học Vân Nội',
      parties: ['NT', 'CMHS'],
      signatories: ['Kiều Thị Thanh Hương'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Ban đại diện CMHS trường', 'Lưu: VT'],
      times: { 'II.1': 'T9', 'II.2': 'T10, T11', 'II.3': 'Hàng tháng', 'II.4': '', 'II.5': 'T5' },
    },
  },
  {
    id: 'c57-plan-table-two-row-header',
    phenomena: [
      'a header on two rows: Thực hiện over Chủ trì | Phối hợp',
      'a row across the table for each term (HỌC KỲ I, HỌC KỲ II)',
      'a month range in the time column ("Từ tháng 12/2024 đến tháng 01/2025")',
    ],
    text: `UBND QUẬN HOÀNG MAI                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THCS ĐỊNH CÔNG                    Độc lập - Tự do - Hạnh phúc
Số: 14/KHPH-THCSĐC                       Hoàng Mai, ngày 25 tháng 9 năm 2024
KẾ HOẠCH PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ BAN CHẤP HÀNH CÔNG ĐOÀN NĂM HỌC 2024-2025
Căn cứ Luật Công đoàn năm 2012;
Căn cứ Quy chế phối hợp số 09/QCPH-THCSĐC ngày 10/9/2024 giữa Hiệu trưởng và Ban Chấp hành Công đoàn trường;
I. MỤC ĐÍCH
Phát huy vai trò của Công đoàn trong việc thực hiện nhiệm vụ năm học.
II. NỘI DUNG PHỐI HỢP
| STT | Nội dung | Thời gian | Thực hiện | Thực hiện |
|-----|----------|-----------|-----------|-----------|
| | | | Chủ trì | Phối hợp |
| HỌC KỲ I |
| 1 | Tổ chức Hội nghị viên chức, người lao động. | Tháng 9/2024 | Hiệu trưởng | BCH Công đoàn |
| 2 | Ký kết giao ước thi đua giữa các tổ chuyên môn. | Tháng 9/2024 | BCH Công đoàn | Hiệu trưởng |
| 3 | Thăm hỏi đoàn viên ốm đau, gia đình có việc hiếu, hỉ. | Thường xuyên | BCH Công đoàn | |
| 4 | Tổ chức Tết cho cán bộ, giáo viên, nhân viên. | Từ tháng 12/2024 đến tháng 01/2025 | BCH Công đoàn | BGH |
| HỌC KỲ II |
| 5 | Phát động thi đua chào mừng ngày Quốc tế Phụ nữ 8/3. | Tuần 1 tháng 3/2025 | BCH Công đoàn | BGH |
| 6 | Tổng kết phong trào thi đua năm học. | Tháng 5/2025 | Hiệu trưởng | BCH Công đoàn |
III. TỔ CHỨC THỰC HIỆN
Hiệu trưởng và Chủ tịch Công đoàn chịu trách nhiệm triển khai kế hoạch này.
TM. BCH CÔNG ĐOÀN                        HIỆU TRƯỞNG
CHỦ TỊCH
Lương Văn Quý                            Đàm Thị Ngọc Bích`,
    expected: {
      kind: 'ke_hoach',
      number: '14/KHPH-THCSĐC',
      date: '2024-09-25',
      schoolYear: '2024-2025',
      school: 'Trường THCS Định Công',
      parties: ['NT', 'CD'],
      signatories: ['Lương Văn Quý', 'Đàm Thị Ngọc Bích'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: {
        'II.1': 'T9',
        'II.2': 'T9',
        'II.3': 'Thường xuyên',
        'II.4': 'T12, T1',
        'II.5': 'T3',
        'II.6': 'T5',
      },
    },
  },
  {
    id: 'c58-plan-table-month-first',
    phenomena: [
      'the month column first and no TT column (Tháng | Nội dung hoạt động | Lực lượng thực hiện)',
      'a month written as 9/2024',
      'the body only a capital heading and the table',
    ],
    text: `ĐOÀN TNCS HỒ CHÍ MINH                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH ĐOÀN TRƯỜNG THPT NAM SÁCH             Độc lập - Tự do - Hạnh phúc
Số: 05/KH-ĐTN                             Nam Sách, ngày 12 tháng 9 năm 2024
KẾ HOẠCH
Phối hợp giữa Ban Chấp hành Đoàn trường và nhà trường năm học 2024-2025
Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;
NỘI DUNG PHỐI HỢP
| Tháng | Nội dung hoạt động | Lực lượng thực hiện |
|---|---|---|
| 9/2024 | Tổ chức Đại hội chi đoàn các lớp. | BCH Đoàn trường, GVCN |
| 10/2024 | Phối hợp với nhà trường tổ chức hội thi văn nghệ chào mừng 20/10. | BCH Đoàn trường, Ban giám hiệu |
| Hằng tuần | Duy trì đội thanh niên xung kích trực cổng trường. | BCH Đoàn trường |
| 3/2025 | - Tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn 26/3.<br>- Kết nạp đoàn viên mới. | Nhà trường, BCH Đoàn trường |
TM. BCH ĐOÀN TRƯỜNG                       HIỆU TRƯỞNG
BÍ THƯ
Vũ Đình Khang                             Phí Thị Hạnh`,
    expected: {
      kind: 'ke_hoach',
      number: '05/KH-ĐTN',
      date: '2024-09-12',
      schoolYear: '2024-2025',
      school: 'Trường THPT Nam Sách',
      parties: ['NT', 'CDTN'],
      signatories: ['Vũ Đình Khang', 'Phí Thị Hạnh'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'S1-1': 'T9', 'S1-2': 'T10', 'S1-3': 'Hàng tuần', 'S1-4': 'T3' },
    },
  },
];
