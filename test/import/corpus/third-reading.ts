// Corpus, part 6: what a third reading of real postings found (each text written for these
// tests): a Tiêu ngữ in title case, parts named A./B. by their party, a school year without "học"
// or without its dash, items numbered "1. 1.", a PDF's swapped letters, the regulation's bases
// above the decision's heading, a blog's date in words, parts a page's list renumbered.
import type { CorpusDoc } from './types';

export const THIRD_READING_DOCS: CorpusDoc[] = [
  {
    id: 'c59-title-case-motto-letter-parts',
    phenomena: [
      'the Tiêu ngữ typed in title case and merged with the school line (Độc Lập – Tự Do – Hạnh Phúc)',
      'QUI CHẾ LÀM VIỆC PHỐI HỢP VỚI … as the title, repeated as the page title',
      'parts A./B. named by a party, items 1/ 2/',
      'no Số, no bases, no school year',
      "the two signers' names on one line, the second surname not a common one",
    ],
    text: `QUI CHẾ LÀM VIỆC PHỐI HỢP VỚI BAN GIÁM HIỆU

PGD ĐT CẦU KÈ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TH PHONG PHÚ A Độc Lập – Tự Do – Hạnh Phúc


Phong Phú, ngày 20 tháng 9 năm 2019

QUI CHẾ LÀM VIỆC PHỐI HỢP VỚI BAN GIÁM HIỆU

Ban chấp hành Công đoàn cơ sở và Ban giám hiệu họp ngày 20 tháng
9 năm 2019 , sau khi trao đổi đi đến thống nhất qui chế làm việc
như sau :
I. MỤC TIÊU :
Hai bên cùng xây dựng tập thể đoàn kết, hoàn thành nhiệm vụ năm học.
II. NHIỆM VỤ CỤ THỂ :
A. Ban giám hiệu : Tạo điều kiện để Công đoàn hoạt động, thể hiện :
1/ Mời Công đoàn tham dự các cuộc họp xét thi đua, nâng lương của nhà trường.
2/ Bố trí thời gian để Công đoàn sinh hoạt đoàn viên 1 lần / tháng.
B. Ban chấp hành Công đoàn : Vận động đoàn viên thực hiện tốt kế hoạch của nhà trường.
1/ Tổ chức thăm hỏi đoàn viên khi ốm đau.
TM. BCH CÔNG ĐOÀN HIỆU TRƯỞNG
CHỦ TỊCH
Thạch Thị Sên Kiên Văn Út`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2019-09-20',
      schoolYear: null,
      school: 'Trường Tiểu học Phong Phú A',
      parties: ['NT', 'CD'],
      signatories: ['Thạch Thị Sên', 'Kiên Văn Út'],
      legalBases: 0,
      supersedes: false,
      recipients: [],
      times: { 'II.A-1': '', 'II.A.1': '', 'II.A.2': 'Hàng tháng', 'II.B-1': '', 'II.B.1': '' },
    },
  },
  {
    id: 'c60-year-pair-spaced-dotted-members',
    phenomena: [
      'the school year as "NĂM 2018 - 2019", without "học"',
      'items numbered with a space: 1. 1., 2. 2.',
      'PHẦN I. / PHẦN II. parts',
      'the members of the joint meeting listed before the parts',
    ],
    text: `SỞ GD&ĐT TỈNH QUẢNG NAM                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THPT NÔNG SƠN                         Độc lập - Tự do - Hạnh phúc
Số: 45/QCPH-NS                               Nông Sơn, ngày 05 tháng 10 năm 2018
QUY CHẾ PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM 2018 - 2019
Căn cứ Luật Công đoàn năm 2012;
Căn cứ Điều lệ trường trung học ban hành kèm theo Thông tư số 12/2011/TT-BGDĐT;
Thành phần hội nghị liên tịch gồm:
- Ông Đoàn Văn Tám - Hiệu trưởng;
- Bà Hồ Thị Chín - Chủ tịch Công đoàn;
- Ông Lữ Văn Mười - Phó Hiệu trưởng.
PHẦN I. NHỮNG QUY ĐỊNH CHUNG
1. 1. Nhà trường và Công đoàn phối hợp trên nguyên tắc tôn trọng lẫn nhau.
1. 2. Công đoàn phối hợp với nhà trường tổ chức Hội nghị viên chức đầu năm học.
PHẦN II. NỘI DUNG PHỐI HỢP
2. 1. Hiệu trưởng họp với Ban chấp hành Công đoàn mỗi học kỳ một lần.
2. 2. Công đoàn phối hợp với nhà trường tổng kết thi đua cuối năm học.
TM. BCH CÔNG ĐOÀN                            HIỆU TRƯỞNG
CHỦ TỊCH
Hồ Thị Chín                                  Đoàn Văn Tám`,
    expected: {
      kind: 'quy_che',
      number: '45/QCPH-NS',
      date: '2018-10-05',
      schoolYear: '2018-2019',
      school: 'Trường THPT Nông Sơn',
      parties: ['NT', 'CD'],
      signatories: ['Hồ Thị Chín', 'Đoàn Văn Tám'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: {
        'I.1.1': '',
        'I.1.2': 'Đầu năm học',
        'II.2.1': 'Mỗi học kỳ',
        'II.2.2': 'Cuối năm học',
      },
    },
  },
  {
    id: 'c61-pdf-glyphs-swapped',
    phenomena: [
      "a PDF's font swaps letters in the heading: ô read as ơ (CƠNG), ộ as ợ (CỢNG, Đợc lập), ò as ị (HỊA), oà as ồ (ĐỒN)",
      'page numbers glued to a line: (1)CƠNG ĐỒN …, (2)2.Công đoàn …',
      'a rule and dashes before the kind line (-******** -QUY CHÊ)',
      'items that lost their dot (1 Hiệu trưởng …) and a bare II … ending in a full stop',
      'TM.BCH with no space after the dot, CHỦ TỊCH a blank line below',
    ],
    text: `(1)CƠNG ĐỒN GD VĨNH LINH CỢNG HỊA XÃ HỢI CHỦ NGHĨA VIỆT NAM CĐCS TRƯỜNG TH BẾN HẢI Đợc lập -Tự do-Hạnh phúc
- Vĩnh Linh, ngày 14 tháng 9 năm 2012
-******** -QUY CHÊ
GIỮA CƠNG ĐỒN VÀ NHÀ TRƯỜNG VỀ QUAN HỆ CÔNG TÁC
NĂM HỌC: 2012-2013
- Căn cứ Luật Công đoàn năm 2012;
- Căn cứ tình hình thực tế của nhà trường, BCH công đoàn và BGH nhà trường thống nhất quy chế sau:
I.VỀ QUAN HỆ PHỐI HỢP THỰC HIỆN NHIỆM VỤ CHUYÊN MƠN:
1 Hiệu trưởng có trách nhiệm thơng tin kịp thời chủ trương của ngành đến công đoàn.
2 Ban chấp hành công đoàn phối hợp với Ban giám hiệu tổ chức Hội nghị viên chức đầu năm học.
II VỀ QUAN HỆ PHỐI HỢP THỰC HIỆN QUY CHẾ DÂN CHỦ.
(2)1.Công đoàn cử người tham gia xây dựng quy chế chi tiêu nội bộ hằng năm.
TM.BCH CÔNG ĐOÀN CƠ SỞ                                  HIỆU TRƯỞNG

CHỦ TỊCH

Lê Thị Hường                                            Trương Văn Định`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2012-09-14',
      schoolYear: '2012-2013',
      school: 'Trường Tiểu học Bến Hải',
      parties: ['NT', 'CD'],
      signatories: ['Lê Thị Hường', 'Trương Văn Định'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'I.1': '', 'I.2': 'Đầu năm học', 'II.1': 'Hàng năm' },
    },
  },
  {
    id: 'c62-bases-above-decision-heading',
    phenomena: [
      "the regulation's title, bases and enacting sentence posted above the heading of the decision that issues it",
      'the school year said only in a basis of circumstances (năm học 2025-2026)',
      'a post date in English and a welcome line',
    ],
    text: `Tuesday, 14/10/2025 - 08:05|
Chào mừng đến cổng thông tin điện tử trường tiểu học Sen Hồng

QUY CHẾ PHỐI HỢP HOẠT ĐỘNG NHÀ TRƯỜNG - CÔNG ĐOÀN

Căn cứ Luật Công đoàn số 50/2024/QH15;

Căn cứ Hướng dẫn số 07/HD-CĐN ngày 02/9/2025 của Công đoàn ngành Giáo dục;

Căn cứ tình hình thực tế của nhà trường năm học 2025-2026;

Hiệu trưởng và Chủ tịch Công đoàn trường Tiểu học Sen Hồng thống nhất quy chế phối hợp như sau.

       UBND XÃ SEN HỒNG                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC SEN HỒNG                                  Độc lập - Tự do - Hạnh phúc
Số: 05/QĐ-THSH                                         Sen Hồng, ngày 20 tháng 9 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp giữa Nhà trường và Công đoàn
HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC SEN HỒNG
Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Nhà trường và Công đoàn.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
                                                       HIỆU TRƯỞNG
                                                       Đặng Thị Hoa
QUY CHẾ
Phối hợp giữa Nhà trường và Công đoàn
Điều 1. Nhà trường phối hợp với Công đoàn tổ chức Hội nghị viên chức đầu năm học.
Điều 2. Công đoàn phối hợp với nhà trường thăm hỏi đoàn viên ốm đau.
TM. BCH CÔNG ĐOÀN                                      HIỆU TRƯỞNG
CHỦ TỊCH
Ninh Văn Quang                                         Đặng Thị Hoa`,
    chrome: ['Tuesday, 14/10/2025', 'Chào mừng đến cổng thông tin'],
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2025-09-20',
      schoolYear: '2025-2026',
      school: 'Trường Tiểu học Sen Hồng',
      parties: ['NT', 'CD'],
      signatories: ['Đặng Thị Hoa', 'Ninh Văn Quang', 'Đặng Thị Hoa'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { D1: 'Đầu năm học', D2: '' },
    },
  },
  {
    id: 'c63-blog-date-draft-renumbered-parts',
    phenomena: [
      "a blog's post date with the month in words (Tháng Mười 02, 2024 7:40 sáng)",
      'a draft stamp (DỰ THẢO) above the title',
      'the school year with its dash dropped (NĂM HỌC 2024 2025)',
      "the parts renumbered 1., 2., 3. by the page's list, items under them restarting at 1.",
    ],
    text: `Tháng Mười 02, 2024 7:40 sáng
DỰ THẢO
QUY CHẾ PHỐI HỢP GIỮA BGH VÀ BCH CÔNG ĐOÀN TRƯỜNG THCS ĐỒNG TÂM NĂM HỌC 2024 2025
Căn cứ Luật Công đoàn năm 2012;
  1. NGUYÊN TẮC CHUNG
Hai bên tôn trọng chức năng, nhiệm vụ của mỗi bên.
  1. Công đoàn phối hợp với BGH bảo vệ quyền lợi của đoàn viên.
  2. BGH tạo điều kiện để Công đoàn tham gia quản lý nhà trường hằng tháng.
  2. TRÁCH NHIỆM CỦA BGH NHÀ TRƯỜNG
  1. BGH phối hợp với Công đoàn tổ chức Hội nghị viên chức đầu năm học.
TM. BCH CÔNG ĐOÀN                       HIỆU TRƯỞNG
CHỦ TỊCH
Mạc Văn Tùng                            Chu Thị Lan`,
    chrome: ['Tháng Mười 02, 2024'],
    expected: {
      kind: 'quy_che',
      number: null,
      date: null,
      schoolYear: '2024-2025',
      school: 'Trường THCS Đồng Tâm',
      parties: ['NT', 'CD'],
      signatories: ['Mạc Văn Tùng', 'Chu Thị Lan'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { '1.1': '', '1.2': 'Hàng tháng', '2.1': 'Đầu năm học' },
    },
  },
];
