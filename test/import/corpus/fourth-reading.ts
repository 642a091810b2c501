// Corpus, part 7: what a fourth reading of real postings found (each text written for these
// tests): the union's units typed as names, a Số without its slash, parts numbered by a numeral
// alone, a page run together on one line with no space at the joins, a portal's cells parted by
// bars, bases with dropped letters or an abbreviated second instrument.
import type { CorpusDoc } from './types';

export const FOURTH_READING_DOCS: CorpusDoc[] = [
  {
    id: 'c64-union-unit-typed-as-name-one-space',
    phenomena: [
      "the union's units typed as names and merged with the Quốc hiệu by one space (CĐGD Huyện … CỘNG HÒA …)",
      'the school named only through its union, its name ending in a numeral (CĐCS TH Lúa Vàng 2)',
      'Số: with its slash never typed (Số:     QC-CĐLV)',
    ],
    text: `CĐGD Huyện Hồ Sen CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CĐCS TH Lúa Vàng 2 Độc lập - Tự do - Hạnh phúc
Số:     QC-CĐLV
Lúa Vàng, ngày 12 tháng 9 năm 2022
QUY CHẾ PHỐI HỢP
GIỮA BAN GIÁM HIỆU VÀ CÔNG ĐOÀN NĂM HỌC 2022-2023
Hai bên thống nhất quy chế phối hợp như sau:
1. Hiệu trưởng gửi dự thảo kế hoạch năm học cho Công đoàn góp ý vào tháng 9.
2. Công đoàn vận động đoàn viên thực hiện kế hoạch.
TM. BCH CÔNG ĐOÀN                        HIỆU TRƯỞNG
CHỦ TỊCH
Tạ Thị Mơ                                 Lương Văn Bình`,
    expected: {
      kind: 'quy_che',
      number: 'QC-CĐLV',
      date: '2022-09-12',
      schoolYear: '2022-2023',
      school: 'Trường Tiểu học Lúa Vàng 2',
      parties: ['NT', 'CD'],
      signatories: ['Tạ Thị Mơ', 'Lương Văn Bình'],
      legalBases: 0,
      supersedes: false,
      recipients: [],
      times: { '1': 'T9', '2': '' },
    },
  },
  {
    id: 'c65-glued-breadcrumb-lone-romans',
    phenomena: [
      'a breadcrumb glued together (Trang chủTổ chứcĐoàn thể) and a share bar behind a bullet (• PDF.InEmail)',
      'no national heading: the title is the first line of the document',
      'parts numbered by a numeral alone on its line, the heading on the next (I / QUY ĐỊNH CHUNG)',
    ],
    text: `Trang chủTổ chứcĐoàn thể
  • PDF.InEmail
QUY CHẾ PHỐI HỢP GIỮA
NHÀ TRƯỜNG VÀ BAN ĐẠI DIỆN CHA MẸ HỌC SINH NĂM HỌC 2023-2024
Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ GDĐT;
Trường THCS Đồi Mây và Ban đại diện cha mẹ học sinh xây dựng quy chế như sau:
I
QUY ĐỊNH CHUNG
Điều 1. Nhà trường thông báo kế hoạch năm học cho Ban đại diện cha mẹ học sinh đầu năm học.
II
TRÁCH NHIỆM CỦA MỖI BÊN
Điều 2. Ban đại diện cha mẹ học sinh phối hợp với nhà trường vận động cha mẹ học sinh hằng tháng.
HIỆU TRƯỞNG                              TRƯỞNG BAN ĐẠI DIỆN CMHS
Đỗ Văn Hải                               Bùi Thị Ngát`,
    chrome: ['Trang chủTổ chức', 'PDF.InEmail'],
    expected: {
      kind: 'quy_che',
      number: null,
      date: null,
      schoolYear: '2023-2024',
      school: 'Trường THCS Đồi Mây',
      parties: ['NT', 'CMHS'],
      signatories: ['Đỗ Văn Hải', 'Bùi Thị Ngát'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { D1: 'Đầu năm học', D2: 'Hàng tháng' },
    },
  },
  {
    id: 'c66-run-on-page-joins-dropped',
    phenomena: [
      'the heading, the bases and the first part run together on one line with no space at the joins (BẾN ĐÁĐộc lập, phúcSố:, 2019KẾ HOẠCH, HỢPCông tác)',
      'Số:…../ KHPH: an unfilled number with a space after the slash',
      'the kind line in capitals, its title in ordinary case on the same line',
      "bullets run on after a heading's colon and a sentence's end (MỤC TIÊU:- Nhà trường …, ….- Trạm y tế …)",
      'a body outside the standard list as a party (the commune health station)',
    ],
    text: `Kế hoạch phối hợp nhà trường và trạm y tế

TRƯỜNG TH SUỐI MƠCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMTRẠM Y TẾ XÃ SUỐI MƠĐộc lập – Tự do – Hạnh phúcSố:…../ KHPHSuối Mơ, ngày 15 tháng 9 năm 2019KẾ HOẠCH PHỐI HỢPCông tác y tế trường học năm học 2019 – 2020Căn cứ kế hoạch liên ngành số 12/KHLN-YTTH ngày 01/8/2019 của Trung tâm y tế huyện Hồ Sen về công tác y tế trường học.Trường TH Suối Mơ xây dựng kế hoạch phối hợp với Trạm y tế xã Suối Mơ như sau:I. MỤC TIÊU:- Nhà trường phối hợp với Trạm y tế xã khám sức khỏe cho học sinh đầu năm học.- Trạm y tế xã phối hợp với nhà trường tuyên truyền phòng bệnh mùa đông vào tháng 11.
TRƯỞNG TRẠM Y TẾ                          HIỆU TRƯỞNG
Hầu Văn Páo                                Lò Thị Xuân`,
    chrome: ['Kế hoạch phối hợp nhà trường và trạm y tế'],
    expected: {
      kind: 'ke_hoach',
      number: '…../KHPH',
      date: '2019-09-15',
      schoolYear: '2019-2020',
      school: 'Trường Tiểu học Suối Mơ',
      parties: ['NT', 'OTHER:Trạm y tế'],
      signatories: ['Hầu Văn Páo', 'Lò Thị Xuân'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'I-1': 'Đầu năm học', 'I-2': 'T11' },
    },
  },
  {
    id: 'c67-portal-bars-between-cells',
    phenomena: [
      "a portal's heading with the cells of each row parted by bars on one line (Số: … | Cẩm Xuyên, ngày … |)",
      'the Số and the place and date sharing that line',
    ],
    text: `PHÒNG GD&ĐT CẨM XUYÊN - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
TRƯỜNG THCS CẨM BÌNH | Độc lập - Tự do - Hạnh phúc |
Số: 09/QC-THCSCB | Cẩm Xuyên, ngày 16 tháng 9 năm 2023 |
QUY CHẾ PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ CHI ĐOÀN GIÁO VIÊN NĂM HỌC 2023-2024
Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;
Điều 1. Nhà trường tạo điều kiện để Chi đoàn sinh hoạt mỗi tháng một lần.
Điều 2. Chi đoàn phối hợp với nhà trường tổ chức hoạt động ngoài giờ lên lớp.
HIỆU TRƯỞNG                                 TM. BCH CHI ĐOÀN
                                            BÍ THƯ
Phan Đình Thắng                             Dương Thị Huệ`,
    expected: {
      kind: 'quy_che',
      number: '09/QC-THCSCB',
      date: '2023-09-16',
      schoolYear: '2023-2024',
      school: 'Trường THCS Cẩm Bình',
      parties: ['NT', 'CDTN'],
      signatories: ['Phan Đình Thắng', 'Dương Thị Huệ'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { D1: 'Hàng tháng', D2: '' },
    },
  },
  {
    id: 'c68-bases-damaged-and-abbreviated',
    phenomena: [
      'bases whose toned letters were dropped (Căn c ch th s 30/CT-TW …, Căn c lut CĐ và ngh định s 133/HĐBT …)',
      'a second instrument after "và" named by its abbreviation (… và QĐ số 04/2000/QĐ-BGD&ĐT)',
      'a basis whose "Căn" a copy cut off (cứ vào công văn số 284/LT-GD …)',
      'an article of a law cited inside another instrument (… thi hành Điều 10, Luật Công đoàn …): one instrument',
    ],
    text: `TRƯỜNG MN HOA PHƯỢNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 02/QC-MNHP                          Hoa Phượng, ngày 08 tháng 9 năm 2014
QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2014-2015
- Căn c ch th s 30/CT-TW ngày 18/2/1998 ca b chính tr v dân ch cơ s.
- Căn c lut CĐ và ngh định s 133/HĐBT ngày 20/4/1991 ca HĐBT.
- Căn cứ nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ và QĐ số 04/2000/QĐ-BGD&ĐT ban hành quy chế dân chủ trường học;
- cứ vào công văn số 284/LT-GD ngày 05/9/2012 về quan hệ phối hợp;
- Căn cứ Nghị định số 43/2013/NĐ-CP ngày 10/5/2013 quy định chi tiết thi hành Điều 10, Luật Công đoàn về quyền, trách nhiệm của công đoàn;
BGH và BCH CĐ thống nhất như sau:
1. Hiệu trưởng thông tin kịp thời chủ trương của ngành tới Công đoàn hằng tháng.
2. Công đoàn động viên đoàn viên thực hiện nhiệm vụ năm học.
TM. BCH CÔNG ĐOÀN                       HIỆU TRƯỞNG
CHỦ TỊCH
Hà Thị Nụ                               Đinh Văn Lộc`,
    expected: {
      kind: 'quy_che',
      number: '02/QC-MNHP',
      date: '2014-09-08',
      schoolYear: '2014-2015',
      school: 'Trường Mầm non Hoa Phượng',
      parties: ['NT', 'CD'],
      signatories: ['Hà Thị Nụ', 'Đinh Văn Lộc'],
      legalBases: 7,
      supersedes: false,
      recipients: [],
      times: { '1': 'Hàng tháng', '2': '' },
    },
  },
];
