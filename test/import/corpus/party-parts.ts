// Corpus, part 8: duties set out party by party (each text written for these tests): a roman part
// "NHIỆM VỤ CỤ THỂ" holding one lettered part per party, the party's first duty on the letter's
// own line after a colon, numbered items under one party and dashed items under the other. Each
// task's lead is the party of the part it sits in, whatever body its words name.
import type { CorpusDoc } from './types';

export const PARTY_PART_DOCS: CorpusDoc[] = [
  {
    id: 'c69-party-parts-under-roman-part',
    phenomena: [
      'II. NHIỆM VỤ CỤ THỂ : with nothing under it but lettered parts A. and B.',
      'a lettered part named by a party, its first duty after the colon and wrapped onto the next line',
      'numbered items (one with a dash under it) under the school, dashed items under the union',
      'items under the union that name the school as the body they work with',
    ],
    text: `PHÒNG GD&ĐT HUYỆN ĐÔNG LÂM               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC SƠN CA                     Độc lập - Tự do - Hạnh phúc
Số: 21/QC-THSC                             Đông Lâm, ngày 12 tháng 9 năm 2025

QUY CHẾ PHỐI HỢP
Giữa Nhà trường và Ban chấp hành Công đoàn năm học 2025-2026

Căn cứ Luật Công đoàn năm 2024;
Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường tiểu học;
Nhà trường và Ban chấp hành Công đoàn thống nhất quy chế phối hợp như sau:

I. NHIỆM VỤ CHUNG :
Hai bên cùng chăm lo đời sống vật chất, tinh thần của cán bộ, giáo viên, nhân viên.
II. NHIỆM VỤ CỤ THỂ :
A. Nhà trường :
1. Cung cấp cho Công đoàn kế hoạch năm học và thông tin về chế độ, chính sách vào đầu năm học.
2. Mời Chủ tịch Công đoàn dự các cuộc họp giao ban của nhà trường.
- Bảo đảm kinh phí để Công đoàn tổ chức các hoạt động theo quy định.
B. Ban chấp hành Công đoàn : vận động đoàn viên thi đua dạy tốt, học tốt và
tham gia xây dựng nhà trường.
- Phối hợp với Nhà trường tổ chức Hội nghị viên chức vào tháng 10.
- Thăm hỏi đoàn viên ốm đau, gia đình có việc hiếu, hỉ.
- Tham gia với Hiệu trưởng đánh giá, xếp loại viên chức cuối năm học.
III. TỔ CHỨC THỰC HIỆN :
Quy chế có hiệu lực từ ngày ký; hai bên rà soát quy chế vào cuối mỗi năm học.

TM. BCH CÔNG ĐOÀN                          HIỆU TRƯỞNG
CHỦ TỊCH

Phan Thị Lụa                               Đoàn Văn Khởi

Nơi nhận:
- Phòng GD&ĐT (để báo cáo);
- Lưu: VT, CĐ.`,
    expected: {
      kind: 'quy_che',
      number: '21/QC-THSC',
      date: '2025-09-12',
      schoolYear: '2025-2026',
      school: 'Trường Tiểu học Sơn Ca',
      parties: ['NT', 'CD'],
      signatories: ['Phan Thị Lụa', 'Đoàn Văn Khởi'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT (để báo cáo)', 'Lưu: VT, CĐ'],
      times: {
        'II.A.1': 'Đầu năm học',
        'II.A.2-1': '',
        'II.B-1': '',
        'II.B-2': 'T10',
        'II.B-3': '',
        'II.B-4': 'Cuối năm học',
      },
      leads: {
        'II.A.1': 'NT',
        'II.A.2-1': 'NT',
        'II.B-1': 'CD',
        'II.B-2': 'CD',
        'II.B-3': 'CD',
        'II.B-4': 'CD',
      },
      parts: {
        'II.A.1': 'II. NHIỆM VỤ CỤ THỂ – A. Nhà trường',
        'II.B-1': 'II. NHIỆM VỤ CỤ THỂ – B. Ban chấp hành Công đoàn',
        'II.B-4': 'II. NHIỆM VỤ CỤ THỂ – B. Ban chấp hành Công đoàn',
        'III-1': 'III. TỔ CHỨC THỰC HIỆN',
      },
    },
  },
  {
    id: 'c70-party-parts-slashed-letters-prose',
    phenomena: [
      'lettered parts written A/ and B/ under a roman part',
      "a part that is one party's duty in a sentence, wrapped, with nothing under it",
      "a last part C. naming the parents' board and what it does, with nothing under it",
    ],
    text: `UBND XÃ TÂN HÒA                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA SEN                     Độc lập - Tự do - Hạnh phúc
Số: 07/KH-MNHS                             Tân Hòa, ngày 20 tháng 9 năm 2025

KẾ HOẠCH PHỐI HỢP
GIỮA NHÀ TRƯỜNG, CÔNG ĐOÀN VÀ BAN ĐẠI DIỆN CHA MẸ TRẺ NĂM HỌC 2025-2026

Căn cứ Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường mầm non;
I. MỤC ĐÍCH
Thống nhất việc chăm sóc, giáo dục trẻ giữa các bên.
II. NỘI DUNG PHỐI HỢP
A/ Nhà trường :
- Thông báo cho cha mẹ trẻ kết quả đánh giá sự phát triển của trẻ cuối mỗi học kỳ.
- Tạo điều kiện để Công đoàn tổ chức hoạt động văn nghệ, thể thao.
B/ Công đoàn cơ sở vận động đoàn viên giữ gìn đạo đức nhà giáo và
phối hợp với nhà trường tổ chức Hội thi giáo viên dạy giỏi vào tháng 11.
C. Ban đại diện cha mẹ trẻ phối hợp với nhà trường tổ chức Tết Trung thu cho trẻ vào tháng 9.

HIỆU TRƯỞNG                      TM. BAN ĐẠI DIỆN CMT                 TM. BCH CÔNG ĐOÀN
                                 TRƯỞNG BAN                           CHỦ TỊCH

Lý Thu Trang                     Hà Văn Đông                          Kiều Thị Mai`,
    expected: {
      kind: 'ke_hoach',
      number: '07/KH-MNHS',
      date: '2025-09-20',
      schoolYear: '2025-2026',
      school: 'Trường Mầm non Hoa Sen',
      parties: ['NT', 'CD', 'CMHS'],
      signatories: ['Lý Thu Trang', 'Hà Văn Đông', 'Kiều Thị Mai'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'II.A-1': 'Mỗi học kỳ', 'II.A-2': '', 'II.B': 'T11', 'II.C': 'T9' },
      leads: { 'II.A-1': 'NT', 'II.A-2': 'NT', 'II.B': 'CD', 'II.C': 'CMHS' },
      parts: {
        'II.A-1': 'II. NỘI DUNG PHỐI HỢP – A. Nhà trường',
        'II.B': 'II. NỘI DUNG PHỐI HỢP',
        'II.C': 'II. NỘI DUNG PHỐI HỢP',
      },
    },
  },
];
