// Corpus, part 11: shapes two more real school postings have (each text written for these tests;
// schools, places and people invented): a regulation "between the principal's board and the union"
// with articles "Điều 1:" with a colon, chapters named in sentence case, articles "Trách nhiệm của
// <a party>" whose duties are that party's to lead, bases "- Căn cứ văn bản số … thoả thuận giữa …"; and a plan with the
// parents' board whose bases are listed under "Căn cứ:" without the word on each line, the last a
// "Tình hình thực tế …," and whose tasks give each body's role in brackets after its name:
// "Ban đại diện CMHS trường (chủ trì) và Hiệu trưởng (phối hợp tổ chức), tháng 9/2025".
import type { CorpusDoc } from './types';

export const BRACKETED_ROLE_DOCS: CorpusDoc[] = [
  {
    id: 'c76-board-and-union-colon-articles',
    phenomena: [
      'the number with a joint code (02/QC-LT) and a title over two lines: "Phối hợp công tác giữa Ban giám hiệu và Ban chấp hành …"',
      'bases with "- Căn cứ", one a letter "thoả thuận giữa" two bodies, one a joint "quy định số …/QĐ-LT"',
      'chapters named in sentence case, articles "Điều 1:" with a colon, articles "Trách nhiệm của Hiệu trưởng" and "… của Ban chấp hành Công đoàn" whose numbered duties are that party’s to lead',
      'the review in the last article: "Hằng năm, hai bên sơ kết, đánh giá việc thực hiện quy chế vào cuối năm học"',
    ],
    text: `PHÒNG GD&ĐT HUYỆN THANH HÀ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC BÌNH MINH                 Độc lập - Tự do - Hạnh phúc
Số: 02/QC-LT                              Thanh Hà, ngày 18 tháng 9 năm 2025

QUY CHẾ
Phối hợp công tác giữa Ban giám hiệu và Ban chấp hành Công đoàn cơ sở
năm học 2025-2026

- Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024 của Quốc hội;
- Căn cứ văn bản số 12/TTLT-SGDĐT-CĐN ngày 05/9/2023 thoả thuận giữa Sở Giáo dục và Đào tạo với Công đoàn ngành Giáo dục tỉnh về quan hệ công tác;
- Căn cứ quy định số 03/QĐ-LT ngày 10/9/2024 của Phòng Giáo dục và Đào tạo và Công đoàn Giáo dục huyện về mối quan hệ phối hợp công tác.
Ban giám hiệu Trường Tiểu học Bình Minh và Ban chấp hành Công đoàn cơ sở Trường Tiểu học Bình Minh xây dựng quy chế phối hợp công tác giữa chính quyền và Công đoàn cơ sở như sau:

Chương I
Nguyên tắc chung
Điều 1: Chính quyền và Công đoàn cùng thực hiện nhiệm vụ chính trị của nhà trường và chăm lo đời sống của cán bộ, giáo viên, nhân viên.
Điều 2: Quan hệ giữa chính quyền và Công đoàn là hợp tác, tôn trọng quyền độc lập của mỗi bên.
Chương II
Trách nhiệm của mỗi bên
Điều 3: Trách nhiệm của Hiệu trưởng
1. Tạo điều kiện để Công đoàn hoạt động, cung cấp thông tin về kế hoạch năm học vào đầu năm học.
2. Mời Chủ tịch Công đoàn dự họp giao ban hằng tháng.
Điều 4: Trách nhiệm của Ban chấp hành Công đoàn
1. Công đoàn chủ trì, Nhà trường phối hợp tổ chức Hội nghị cán bộ, công chức, viên chức vào tháng 10.
2. Vận động đoàn viên thực hiện tốt cuộc vận động "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo".
Chương III
Điều khoản thi hành
Điều 5: Quy chế này có hiệu lực kể từ ngày ký. Hằng năm, hai bên sơ kết, đánh giá việc thực hiện quy chế vào cuối năm học.

TM. BCH CÔNG ĐOÀN CƠ SỞ                   HIỆU TRƯỞNG
CHỦ TỊCH

Đỗ Thị Nhàn                               Vương Văn Khải

Nơi nhận:
- Phòng GD&ĐT, CĐGD huyện (b/c);
- Lưu: VT, CĐ.`,
    expected: {
      kind: 'quy_che',
      number: '02/QC-LT',
      date: '2025-09-18',
      schoolYear: '2025-2026',
      school: 'Trường Tiểu học Bình Minh',
      parties: ['NT', 'CD'],
      signatories: ['Đỗ Thị Nhàn', 'Vương Văn Khải'],
      legalBases: 3,
      supersedes: false,
      recipients: ['Phòng GD&ĐT, CĐGD huyện (b/c)', 'Lưu: VT, CĐ'],
      times: { 'D3.1': 'Đầu năm học', 'D3.2': 'Hàng tháng', 'D4.1': 'T10' },
      leads: { 'D3.1': 'NT', 'D3.2': 'NT', 'D4.1': 'CD', 'D4.2': 'CD' },
    },
  },
  {
    id: 'c77-plan-roles-in-brackets',
    phenomena: [
      'bases listed under "Căn cứ:" without the word on each line, the last "Tình hình thực tế …," with a comma',
      '"Trường … phối hợp với Ban đại diện cha mẹ HS xây dựng kế hoạch … như sau:"',
      'each task names its bodies with their role in brackets: "Ban đại diện CMHS trường (chủ trì) và Hiệu trưởng (phối hợp tổ chức)"',
      'months with their year: "tháng 9/2025", "tháng 01/2026"',
    ],
    text: `PHÒNG GD&ĐT THỊ XÃ AN LẠC               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THCS NGUYỄN TRÃI                  Độc lập - Tự do - Hạnh phúc
Số: 45/KH-THCSNT                         An Lạc, ngày 21 tháng 9 năm 2025

KẾ HOẠCH
Phối hợp giữa Nhà trường và Ban đại diện cha mẹ học sinh
năm học 2025 - 2026

Căn cứ:
Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ Giáo dục và Đào tạo ban hành Điều lệ Ban đại diện cha mẹ học sinh;
Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường trung học;
Tình hình thực tế của nhà trường năm học 2025-2026,
Trường THCS Nguyễn Trãi phối hợp với Ban đại diện cha mẹ HS xây dựng kế hoạch phối hợp năm học 2025-2026 như sau:

I. MỤC ĐÍCH
1. Tăng cường sự gắn kết giữa nhà trường và gia đình trong giáo dục học sinh.
II. NỘI DUNG PHỐI HỢP
1. Tổ chức hội nghị cha mẹ học sinh đầu năm: Ban đại diện CMHS trường (chủ trì) và Hiệu trưởng (phối hợp tổ chức), tháng 9/2025.
2. Hội nghị cha mẹ học sinh cuối học kỳ I: Hiệu trưởng (chủ trì), Ban đại diện CMHS (phối hợp), tháng 01/2026.
3. Vận động cha mẹ học sinh phối hợp giáo dục an toàn giao thông cho học sinh: Ban đại diện CMHS (chủ trì), thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Giáo viên chủ nhiệm phối hợp với Ban đại diện CMHS lớp triển khai kế hoạch tới cha mẹ học sinh.

TM. BAN ĐẠI DIỆN CMHS                    HIỆU TRƯỞNG
TRƯỞNG BAN

Lâm Thị Ngọc                             Hà Minh Đức

Nơi nhận:
- Phòng GD&ĐT (b/c);
- Ban đại diện CMHS các lớp;
- Lưu: VT.`,
    expected: {
      kind: 'ke_hoach',
      number: '45/KH-THCSNT',
      date: '2025-09-21',
      schoolYear: '2025-2026',
      school: 'Trường THCS Nguyễn Trãi',
      parties: ['NT', 'CMHS'],
      signatories: ['Lâm Thị Ngọc', 'Hà Minh Đức'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT (b/c)', 'Ban đại diện CMHS các lớp', 'Lưu: VT'],
      times: { 'II.1': 'T9', 'II.2': 'T1', 'II.3': 'Thường xuyên' },
      leads: { 'II.1': 'CMHS', 'II.2': 'NT', 'II.3': 'CMHS' },
    },
  },
];
