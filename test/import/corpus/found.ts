// Corpus, part 4: what later readings of real postings found (each text written for these
// tests): a heading typed in ordinary case with the horn of ư lost, a whole page on one line with
// its spaces dropped, a decision posted without the regulation it issues, a Tiêu ngữ in title
// case, parts named A./B. by their party, a school year without "học", items numbered "1. 1.", a PDF's swapped glyphs.
import type { CorpusDoc } from './types';

export const FOUND_DOCS: CorpusDoc[] = [
  {
    id: 'c52-title-case-heading-horn-lost',
    phenomena: [
      'heading lines typed as names, not capitals (Trờng TH …, CĐ CS trờng …)',
      'horn of ư lost: trờng, Chơng, Bộ trởng, nh sau',
      'Số: 07./-QC',
      'Căn cứ naming two instruments on one line',
    ],
    text: `Trờng TH Đông Xuyên
CĐ CS trờng TH Đông Xuyên
Số: 07./-QC
Cộng hoà xã hội chủ nghĩa việt nam
Độc lập - Tự do - Hạnh phúc
Đông Xuyên, ngày 18 tháng 9 năm 2009
Quy chế
Phối hợp công tác giữa
Ban giám hiệu và ban chấp hành CĐcs trờng TH Đông Xuyên
- Căn cứ Luật Công đoàn năm 1990 và Nghị định 133/HĐBT ngày 20/4/1991 của Hội đồng Bộ trởng về thi hành Luật Công đoàn.
- Căn cứ Thông t liên tịch số 12/TTLT ngày 08/5/1992 về quan hệ công tác giữa chính quyền và công đoàn ngành giáo dục.
Ban giám hiệu và Ban chấp hành Công đoàn cơ sở xây dựng quy chế phối hợp nh sau:
Chơng I
Nguyên tắc chung
Điều 1: Chính quyền và Công đoàn cùng chăm lo đời sống của cán bộ, giáo viên, nhân viên.
Điều 2: Hằng tháng nhà trờng và công đoàn họp liên tịch để đánh giá việc thực hiện nhiệm vụ.
TM. BCH CĐCS                               HIỆU TRỞNG
CHỦ TỊCH
Đinh Thị Lụa                               Cao Văn Khiêm`,
    expected: {
      kind: 'quy_che',
      number: '07./-QC',
      date: '2009-09-18',
      schoolYear: null,
      school: 'Trường Tiểu học Đông Xuyên',
      parties: ['NT', 'CD'],
      signatories: ['Đinh Thị Lụa', 'Cao Văn Khiêm'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { D1: '', D2: 'Hằng tháng' },
    },
  },
  {
    id: 'c53-one-line-spaces-dropped',
    phenomena: [
      'whole page on one line',
      'spaces dropped: QUYCHẾ, phốihợpgiữa, giữaBGH, củađơn',
      'unit line "BGH & BCH CÔNG ĐOÀN Trường THCS …" before the Quốc hiệu',
      'Số without colon, then the place and date',
      'Trên cơ sở … (not a legal basis)',
    ],
    text:
      'BGH & BCH CÔNG ĐOÀN Trường THCS Lê Văn Hưu CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ' +
      'Số 05/CĐ/QC Quảng Phú, ngày 12 tháng 10 năm 2011 QUYCHẾ (Về việc phốihợpgiữa Ban giám hiệu và Ban chấp hành ' +
      'Công đoàn trường THCS Lê Văn Hưu) Quan hệ giữaBGH và BCHCĐ là quan hệ phốihợp vì lợi ích chung củađơn vị và ' +
      'người lao động, tôn trọng quyền độc lập của mỗi tổ chức. Trên cơ sở Điều lệ Công đoàn Việt Nam và Thông tư liên ' +
      'tịch 12 của Bộ Giáo dục và Đào tạo, sau khi bàn bạc BCHCĐ và BGH thống nhất xây dựng quychế với các nội dung ' +
      'sau đây: I. QUAN HỆ PHỐIHỢP TRONG CHUYÊN MÔN: 1. BGH thông tin kịp thời chủ trương, kế hoạch của ngành tới ' +
      'Công đoàn và người lao động. 2. BGH phốihợp với BCHCĐ động viên giáo viên bồi dưỡng chuyên môn thường xuyên. ' +
      'II. QUAN HỆ PHỐIHỢP TRONG THI ĐUA: 1. Công đoàn phối hợp với BGH tổng kết thi đua cuối mỗi học kỳ. ' +
      'TM. BCH CÔNG ĐOÀN CHỦ TỊCH Trịnh Văn Sáu HIỆU TRƯỞNG Mai Thị Huyền',
    expected: {
      kind: 'quy_che',
      number: '05/CĐ/QC',
      date: '2011-10-12',
      schoolYear: null,
      school: 'Trường THCS Lê Văn Hưu',
      parties: ['NT', 'CD'],
      signatories: ['Trịnh Văn Sáu', 'Mai Thị Huyền'],
      legalBases: 0,
      supersedes: false,
      recipients: [],
      times: { 'I.1': '', 'I.2': 'Thường xuyên', 'II.1': 'Mỗi học kỳ' },
    },
  },
  {
    id: 'c54-decision-posted-alone',
    phenomena: [
      'a decision issuing the regulation, posted without the regulation',
      'school name ending in Thành',
      'Số: 01/-TH&THCSPT',
      'Xét … (not a legal basis)',
    ],
    text: `PHÒNG GD&ĐT HUYỆN KIẾN XƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TH&THCS PHÚ THÀNH                 Độc lập - Tự do - Hạnh phúc
Số: 01/-TH&THCSPT
                                                         Phú Thành, ngày 28 tháng 9 năm 2021
QUYẾT ĐỊNH
Ban hành quy chế phối hợp giữa Nhà trường và Công đoàn
HIỆU TRƯỞNG TRƯỜNG TH&THCS PHÚ THÀNH
Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường trung học;
Căn cứ Luật Công đoàn số 12/2012/QH13 ngày 20/6/2012;
Xét đề nghị của Ban chấp hành Công đoàn trường,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Nhà trường và Công đoàn năm học 2021-2022.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Các bộ phận, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:                                HIỆU TRƯỞNG
- Như Điều 3;
- Lưu VT.
                                          Tô Minh Đức`,
    expected: {
      kind: 'quy_che',
      // The Số is the decision's (kept as its number), as when the regulation follows it.
      number: null,
      date: '2021-09-28',
      schoolYear: '2021-2022',
      school: 'Trường TH&THCS Phú Thành',
      parties: ['NT', 'CD'],
      signatories: ['Tô Minh Đức'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Như Điều 3', 'Lưu VT'],
    },
  },
  {
    id: 'c55-union-decision-under-post-title',
    phenomena: [
      'post title in sentence case, then the decision with no heading block',
      'a line in capitals that is no kind (the signing authority) under the decision title',
      'TM.BCH without a space',
      'the decision number only in "( Ban hành kèm theo Quyết định số 02 / QĐ-CĐCS … )"',
    ],
    text: `Quy chế phối hợp giữa công đoàn cơ sở với nhà trường – Trường Mầm non Nậm Cắn

QUYẾT ĐỊNH

Ban hành Quy chế phối hợp giữa Ban Chấp hành Công đoàn cơ sở

Với chuyên môn đồng cấp

CHỦ TỊCH CĐCS TRƯỜNG MẦM NON NẬM CẮN

Căn cứ Nghị quyết Đại hội Công đoàn cơ sở Trường Mầm non Nậm Cắn nhiệm kỳ 2023 – 2028 ;
Xét đề nghị của Phó chủ tịch Công đoàn cơ sở,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ban Chấp hành Công đoàn cơ sở với chuyên môn đồng cấp.

Điều 2. Ban giám hiệu, BCH công đoàn cơ sở và các tổ chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
– BGH, BCHCĐCS ( t / h )
– Lưu CĐCS .
TM.BCH CÔNG ĐOÀN CƠ SỞ

CHỦ TỊCH

                        Lò Thị Xuân

QUY CHẾ PHỐI HỢP

 Giữa Ban Chấp hành Công đoàn cơ sở với chuyên môn đồng cấp

( Ban hành kèm theo Quyết định số 02 / QĐ-CĐCS ngày 12 tháng 9 năm 2023 của Công đoàn cơ sở Trường MN Nậm Cắn )
___________

Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp giữa Ban Chấp hành Công đoàn cơ sở với chuyên môn đồng cấp nhiệm kỳ 2023 – 2028.

Điều 2. Hằng tháng Chủ tịch công đoàn dự họp giao ban với Ban giám hiệu.`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2023-09-12',
      schoolYear: null,
      school: 'Trường Mầm non Nậm Cắn',
      parties: ['NT', 'CD'],
      signatories: ['Lò Thị Xuân'],
      legalBases: 1,
      supersedes: false,
      recipients: ['BGH, BCHCĐCS ( t / h )', 'Lưu CĐCS'],
    },
  },
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
      times: { 'A.1': '', 'A.2': 'Hàng tháng', 'B.1': '' },
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
