// Corpus, part 9: shapes a third look at real school postings found that no other part has (each
// text written for these tests; schools, places and people invented): a draft put to the staff
// conference with the principal's approval block beside the bodies that sign, roman numerals
// with a slash, and a portal's author line and attachment; a title typed In Title Case, chapters
// with a dot, articles with a dash and "2.1." sub-items, four parties signing in a two-by-two grid
// with "+" recipients; parts named "Phần thứ nhất", month lines "- Tháng 10 :", the party
// cell's confirmation block and a date left for the signing day.
import type { CorpusDoc } from './types';

export const REAL_C_DOCS: CorpusDoc[] = [
  {
    id: 'c71-draft-approval-slashed-romans',
    phenomena: [
      'portal crumbs, an author and post date line above the heading, an attachment and "Tải về" below',
      'DỰ THẢO over the heading, a parenthesised "(Dự thảo lấy ý kiến …)" under the title',
      'roman numerals with a slash and a dot (I/.), items 1/. and a space before every colon',
      'bases under a roman part "CĂN CỨ XÂY DỰNG KẾ HOẠCH", each with a dash',
      'the principal signs as "DUYỆT CỦA HIỆU TRƯỞNG" beside two bodies under TM.',
    ],
    text: `Trang chủ » Văn bản » Kế hoạch
Tác giả: Quản trị | Ngày đăng: 03/10/2025

DỰ THẢO
PHÒNG GD&ĐT HUYỆN NAM SƠN                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THCS LÊ LỢI                              Độc lập – Tự do – Hạnh phúc
Số: 14/KH-THCSLL                              Nam Sơn, ngày 02 tháng 10 năm 2025

KẾ HOẠCH
Phối hợp giữa Nhà trường, Công đoàn và Chi đoàn giáo viên
năm học 2025 – 2026
(Dự thảo lấy ý kiến tại Hội nghị viên chức, người lao động)

I/. CĂN CỨ XÂY DỰNG KẾ HOẠCH :
- Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;
- Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường trung học;
II/. MỤC ĐÍCH, YÊU CẦU :
1/. Phát huy vai trò của từng tổ chức trong nhà trường, thực hiện tốt nhiệm vụ năm học.
III/. NỘI DUNG PHỐI HỢP :
1/. Nhà trường chủ trì, Công đoàn phối hợp tổ chức Hội nghị viên chức, người lao động vào tháng 10.
2/. Công đoàn chủ trì, Chi đoàn phối hợp thăm hỏi đoàn viên ốm đau hằng tháng.
3/. Chi đoàn chủ trì tổ chức hoạt động kỷ niệm ngày thành lập Đoàn vào tháng 3.
IV/. TỔ CHỨC THỰC HIỆN :
Các bên rà soát kế hoạch vào cuối học kỳ I và cuối năm học.

DUYỆT CỦA HIỆU TRƯỞNG              TM. BCH CÔNG ĐOÀN            TM. BCH CHI ĐOÀN
                                      CHỦ TỊCH                      BÍ THƯ

Hồ Văn Tâm                            Mai Thị Loan                  Vũ Đức Thắng

Nơi nhận :
- Phòng GD&ĐT (b/c);
- Lưu : VT.
Tệp đính kèm: KH-phoi-hop-2025-2026.doc
Tải về`,
    chrome: ['Trang chủ', 'Tác giả: Quản trị', 'Tệp đính kèm', 'Tải về'],
    expected: {
      kind: 'ke_hoach',
      number: '14/KH-THCSLL',
      date: '2025-10-02',
      schoolYear: '2025-2026',
      school: 'Trường THCS Lê Lợi',
      parties: ['NT', 'CD', 'CDTN'],
      signatories: ['Hồ Văn Tâm', 'Mai Thị Loan', 'Vũ Đức Thắng'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT (b/c)', 'Lưu : VT'],
      times: { 'III.1': 'T10', 'III.2': 'Hàng tháng', 'III.3': 'T3' },
      leads: { 'III.1': 'NT', 'III.2': 'CD', 'III.3': 'CDTN' },
    },
  },
  {
    id: 'c72-title-case-four-party-grid',
    phenomena: [
      'the page title and the document title typed In Title Case (Phối Hợp Giữa …)',
      'a view count and share buttons on one line',
      'CHƯƠNG I. with a dot, Điều 1 – with a dash, sub-items 2.1. 2.2.',
      'four bodies sign in a two-by-two grid: TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH beside HIỆU TRƯỞNG, then the health station and the police (TRƯỞNG TRẠM, TRƯỞNG CÔNG AN)',
      'Nơi nhận items with "+"',
    ],
    text: `Quy Chế Phối Hợp Giữa Trường Mầm Non Hoa Mai Và Các Ban Ngành Xã Tân Phú Năm Học 2024-2025
Lượt xem: 312 | Chia sẻ Facebook

UBND XÃ TÂN PHÚ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA MAI               Độc lập - Tự do - Hạnh phúc
Số: 09/QCPH-MNHM                    Tân Phú, ngày 25 tháng 9 năm 2024

QUY CHẾ
Phối Hợp Giữa Trường Mầm Non Hoa Mai Và Các Ban Ngành Xã Tân Phú Năm Học 2024-2025

Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;
Căn cứ Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường mầm non;
Trường Mầm non Hoa Mai, Ủy ban nhân dân xã Tân Phú, Trạm Y tế xã và Công an xã thống nhất ban hành quy chế phối hợp như sau:

CHƯƠNG I. QUY ĐỊNH CHUNG
Điều 1 – Phạm vi
Quy chế này quy định việc phối hợp chăm sóc, giáo dục trẻ trên địa bàn xã Tân Phú.
CHƯƠNG II. NỘI DUNG PHỐI HỢP
Điều 2 – Trách nhiệm của nhà trường
2.1. Nhà trường chủ trì tổ chức khám sức khỏe cho trẻ mỗi học kỳ, phối hợp với Trạm Y tế xã.
2.2. Nhà trường báo cáo Ủy ban nhân dân xã kết quả huy động trẻ ra lớp vào tháng 9.
Điều 3 – Trách nhiệm của Công an xã
3.1. Công an xã phối hợp với nhà trường bảo đảm an toàn giao thông trước cổng trường hằng tuần.
CHƯƠNG III. TỔ CHỨC THỰC HIỆN
Điều 4 – Hiệu lực
Quy chế có hiệu lực kể từ ngày ký; việc sửa đổi, bổ sung do các bên thống nhất bằng văn bản.

TM. UBND XÃ TÂN PHÚ                    HIỆU TRƯỞNG
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trịnh Văn Sáu                           Lương Thị Mến

TM. TRẠM Y TẾ XÃ                        TM. CÔNG AN XÃ
TRƯỞNG TRẠM                             TRƯỞNG CÔNG AN

Đinh Thị Hoa                            Chu Văn Bình

Nơi nhận:
+ Phòng GD&ĐT huyện;
+ Các bên ký kết;
+ Lưu VT.`,
    chrome: ['Lượt xem: 312', 'Quy Chế Phối Hợp Giữa Trường Mầm Non'],
    expected: {
      kind: 'quy_che',
      number: '09/QCPH-MNHM',
      date: '2024-09-25',
      schoolYear: '2024-2025',
      school: 'Trường Mầm non Hoa Mai',
      parties: ['NT', 'UBND', 'OTHER:Trạm Y tế xã', 'OTHER:Công an xã'],
      signatories: ['Trịnh Văn Sáu', 'Lương Thị Mến', 'Đinh Thị Hoa', 'Chu Văn Bình'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT huyện', 'Các bên ký kết', 'Lưu VT'],
      times: { 'D2.2.1': 'Mỗi học kỳ', 'D2.2.2': 'T9', 'D3.3.1': 'Hàng tuần' },
    },
  },
  {
    id: 'c73-phan-thu-month-lines-confirmation',
    phenomena: [
      'parts named "PHẦN THỨ NHẤT" / "PHẦN THỨ HAI" on their own line, the name below',
      'month lines "- Tháng 10 :" each followed by "+" tasks',
      'the issue day left blank for the signing ("ngày    tháng 9 năm 2025")',
      '"XÁC NHẬN CỦA CHI BỘ" with the secretary, beside the school and the union',
      'a body named in mixed case inside a sentence (Công Đoàn)',
    ],
    text: `CÔNG ĐOÀN GIÁO DỤC HUYỆN KIM BẢNG
TRƯỜNG TIỂU HỌC THANH SƠN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
Số: 11/KHLT-THTS                               Thanh Sơn, ngày    tháng 9 năm 2025

KẾ HOẠCH LIÊN TỊCH
Giữa Nhà trường và Công đoàn năm học 2025-2026

Căn cứ Luật Công đoàn số 50/2024/QH15;
Căn cứ Kế hoạch số 05/KH-THTS ngày 05/9/2025 của Trường Tiểu học Thanh Sơn về nhiệm vụ năm học 2025-2026;
Nhà trường và Công Đoàn thống nhất kế hoạch liên tịch như sau:

PHẦN THỨ NHẤT
MỤC ĐÍCH, YÊU CẦU
Phối hợp chặt chẽ để hoàn thành nhiệm vụ năm học.
PHẦN THỨ HAI
NỘI DUNG CỤ THỂ
- Tháng 9 :
+ Nhà trường chủ trì, Công đoàn phối hợp tổ chức khai giảng năm học mới.
- Tháng 10 :
+ Công đoàn chủ trì tổ chức Hội nghị viên chức, người lao động.
- Tháng 3 :
+ Công đoàn chủ trì tổ chức hoạt động chào mừng ngày Quốc tế Phụ nữ.

XÁC NHẬN CỦA CHI BỘ          TM. BCH CÔNG ĐOÀN          HIỆU TRƯỞNG
BÍ THƯ                        CHỦ TỊCH

Lê Thị Vân                    Ngô Thị Hằng               Phạm Quốc Toản

Nơi nhận:
- Chi bộ;
- Lưu VT.`,
    expected: {
      kind: 'ke_hoach',
      number: '11/KHLT-THTS',
      date: null,
      schoolYear: '2025-2026',
      school: 'Trường Tiểu học Thanh Sơn',
      parties: ['NT', 'CD', 'CB'],
      signatories: ['Lê Thị Vân', 'Ngô Thị Hằng', 'Phạm Quốc Toản'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Chi bộ', 'Lưu VT'],
    },
  },
];
