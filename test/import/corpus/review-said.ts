// Corpus, part 10: the review and the replacement said in the body, as most real regulations say
// them (each text written for these tests; schools, places and people invented): a closing
// article "Quy chế được rà soát, sửa đổi, bổ sung hàng năm tại Hội nghị viên chức, người lao
// động" and "… có hiệu lực kể từ ngày ký và thay thế Quy chế phối hợp số …"; a plan with the
// parents' board whose last part has "Định kỳ mỗi học kỳ, … đánh giá việc thực hiện kế hoạch".
import type { CorpusDoc } from './types';

export const REVIEW_SAID_DOCS: CorpusDoc[] = [
  {
    id: 'c74-union-review-in-closing-article',
    phenomena: [
      'chapters in words under "Chương I", articles with their names on the same line',
      'a closing article saying the review: "được rà soát, sửa đổi, bổ sung hàng năm tại Hội nghị viên chức, người lao động"',
      'the replacement said inside the effect sentence: "có hiệu lực kể từ ngày ký và thay thế Quy chế phối hợp số …"',
    ],
    text: `UBND XÃ TÂN PHÚ                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA SỮA                    Độc lập - Tự do - Hạnh phúc
Số: 05/QCPH-MNHS                          Tân Phú, ngày 20 tháng 9 năm 2025

QUY CHẾ PHỐI HỢP
Giữa Nhà trường và Công đoàn cơ sở Trường Mầm non Hoa Sữa
năm học 2025-2026

Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024 của Quốc hội;
Căn cứ Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường mầm non;
Nhà trường và Ban chấp hành Công đoàn cơ sở thống nhất ban hành Quy chế phối hợp như sau:

Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định trách nhiệm và mối quan hệ phối hợp giữa Hiệu trưởng và Ban chấp hành Công đoàn cơ sở.
Điều 2. Nguyên tắc phối hợp
Hai bên phối hợp trên cơ sở chức năng, nhiệm vụ của mỗi bên, tôn trọng và hỗ trợ lẫn nhau.
Chương II
NỘI DUNG PHỐI HỢP
Điều 3. Phối hợp xây dựng và thực hiện kế hoạch năm học
1. Nhà trường chủ trì, Công đoàn phối hợp tổ chức Hội nghị viên chức, người lao động vào tháng 10.
2. Công đoàn vận động đoàn viên hưởng ứng các phong trào thi đua hằng tháng.
Điều 4. Phối hợp chăm lo đời sống người lao động
1. Công đoàn chủ trì, Nhà trường phối hợp thăm hỏi đoàn viên ốm đau, gia đình có việc hiếu, hỉ.
2. Hiệu trưởng và Chủ tịch Công đoàn họp giao ban hằng quý.
Chương III
ĐIỀU KHOẢN THI HÀNH
Điều 5. Hiệu lực thi hành
1. Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế phối hợp số 11/QCPH-MNHS ngày 15/9/2024.
2. Quy chế được rà soát, sửa đổi, bổ sung hàng năm tại Hội nghị viên chức, người lao động.

HIỆU TRƯỞNG                               TM. BAN CHẤP HÀNH CÔNG ĐOÀN
                                          CHỦ TỊCH

Lê Thị Thu                                Ngô Văn Toàn

Nơi nhận:
- Phòng GD&ĐT (b/c);
- Công đoàn GD huyện (b/c);
- Lưu: VT.`,
    expected: {
      kind: 'quy_che',
      number: '05/QCPH-MNHS',
      date: '2025-09-20',
      schoolYear: '2025-2026',
      school: 'Trường Mầm non Hoa Sữa',
      parties: ['NT', 'CD'],
      signatories: ['Lê Thị Thu', 'Ngô Văn Toàn'],
      legalBases: 2,
      supersedes: true,
      recipients: ['Phòng GD&ĐT (b/c)', 'Công đoàn GD huyện (b/c)', 'Lưu: VT'],
      times: { 'D3.1': 'T10', 'D3.2': 'Hàng tháng', 'D4.1': '', 'D4.2': 'Hàng quý' },
      leads: { 'D3.1': 'NT', 'D4.1': 'CD' },
    },
  },
  {
    id: 'c75-parents-board-plan-semester-review',
    phenomena: [
      'a plan between the school and the parents’ board (Ban đại diện cha mẹ học sinh), parts in roman numerals',
      'the review in the last part: "Định kỳ mỗi học kỳ, … đánh giá việc thực hiện kế hoạch"',
      'the replacement said in a sentence of its own: "Kế hoạch này thay thế Kế hoạch số …"',
    ],
    text: `PHÒNG GD&ĐT HUYỆN BÌNH GIANG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THCS QUANG TRUNG                   Độc lập - Tự do - Hạnh phúc
Số: 31/KH-THCSQT                          Bình Giang, ngày 05 tháng 10 năm 2025

KẾ HOẠCH
Phối hợp giữa Nhà trường và Ban đại diện cha mẹ học sinh năm học 2025-2026

Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ Giáo dục và Đào tạo ban hành Điều lệ Ban đại diện cha mẹ học sinh;
Căn cứ Kế hoạch số 20/KH-THCSQT ngày 15/9/2025 của Trường THCS Quang Trung về nhiệm vụ năm học 2025-2026;
Nhà trường và Ban đại diện cha mẹ học sinh thống nhất kế hoạch phối hợp như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Gắn kết nhà trường với gia đình trong việc giáo dục đạo đức, kỹ năng sống cho học sinh.
II. NỘI DUNG PHỐI HỢP
1. Nhà trường chủ trì, Ban đại diện cha mẹ học sinh phối hợp tổ chức họp cha mẹ học sinh đầu năm học.
2. Ban đại diện cha mẹ học sinh chủ trì vận động cha mẹ học sinh tham gia giữ gìn an ninh trật tự quanh trường.
3. Nhà trường thông báo kết quả học tập, rèn luyện của học sinh cho cha mẹ học sinh cuối mỗi học kỳ.
III. TỔ CHỨC THỰC HIỆN
1. Định kỳ mỗi học kỳ, Nhà trường và Ban đại diện cha mẹ học sinh đánh giá việc thực hiện kế hoạch và bổ sung cho phù hợp.
2. Kế hoạch này thay thế Kế hoạch số 27/KH-THCSQT ngày 20/9/2024.

TM. BAN ĐẠI DIỆN CMHS                     HIỆU TRƯỞNG
TRƯỞNG BAN

Trịnh Văn Lộc                             Phạm Thị Hằng

Nơi nhận:
- Phòng GD&ĐT (b/c);
- Ban đại diện CMHS các lớp;
- Lưu: VT.`,
    expected: {
      kind: 'ke_hoach',
      number: '31/KH-THCSQT',
      date: '2025-10-05',
      schoolYear: '2025-2026',
      school: 'Trường THCS Quang Trung',
      parties: ['NT', 'CMHS'],
      signatories: ['Trịnh Văn Lộc', 'Phạm Thị Hằng'],
      legalBases: 2,
      supersedes: true,
      recipients: ['Phòng GD&ĐT (b/c)', 'Ban đại diện CMHS các lớp', 'Lưu: VT'],
      times: { 'II.1': 'Đầu năm học', 'II.2': '', 'II.3': 'Mỗi học kỳ' },
      leads: { 'II.1': 'NT', 'II.2': 'CMHS' },
    },
  },
];
