// Corpus, part 4: what real postings of parents' board, youth union and provincial coordination
// texts do (probe set b). Fictional schools, bodies and people; text written for these tests.
import type { CorpusDoc } from './types';

export const REAL_B_DOCS: CorpusDoc[] = [
  {
    id: 'c42-post-date-count-recased-title',
    phenomena: [
      "post date and bare view count ('12/10/2023 214')",
      'page title in sentence case, reworded, over the capital kind line',
      'Ban hành kèm theo Quyết định: its date is the date',
    ],
    text: `Quy chế phối hợp giữa ban giám hiệu và ban đại diện cha mẹ học sinh các lớp từ năm học 2023 - 2024

12/10/2023 214

QUY CHẾ
Phối hợp giữa Nhà trường và Ban đại diện cha mẹ học sinh
(Ban hành kèm theo Quyết định số 21/QĐ-THĐL ngày 05/10/2023)
Căn cứ Điều lệ trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020;
Căn cứ Điều lệ Ban đại diện cha mẹ học sinh ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011;
Trường Tiểu học Đông Lâm xây dựng Quy chế phối hợp với Ban đại diện cha mẹ học sinh như sau:
Điều 1. Nhà trường phối hợp với Ban đại diện cha mẹ học sinh họp đầu năm học.
Điều 2. Ban đại diện cha mẹ học sinh phối hợp với nhà trường tổ chức Tết Trung thu trước ngày 15/9 âm lịch.`,
    chrome: ['12/10/2023 214', 'Quy chế phối hợp giữa ban giám hiệu'],
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2023-10-05',
      schoolYear: null,
      school: 'Trường Tiểu học Đông Lâm',
      parties: ['NT', 'CMHS'],
      signatories: [],
      legalBases: 2,
      supersedes: false,
      recipients: [],
    },
  },
  {
    id: 'c43-portal-cells-decision-alone',
    phenomena: [
      "portal table: each cell ends with '|', its first word on a line of its own",
      'a decision posted without the regulation it issues: kind from its title, its Số is the decision’s',
      "title 'VỀ' / 'VIỆC BAN HÀNH …'",
      "hard-wrapped citations ('… của' / 'Chính phủ …')",
      'un-prefixed instrument among the Căn cứ lines',
    ],
    text: `ỦY
BAN NHÂN DÂN
HUYỆN THANH KHÊ
--------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
112/QĐ-UBND
|
Thanh
Khê, ngày 09 tháng 9 năm 2024
|
QUYẾT ĐỊNH
VỀ
VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ ỦY BAN NHÂN DÂN XÃ TRONG GIÁO DỤC HỌC
SINH
ỦY BAN NHÂN DÂN HUYỆN THANH KHÊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6
năm 2015;
Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của
Chính phủ quy định việc quản lý trong cơ sở giáo dục mầm non và cơ sở giáo dục phổ thông;
Nghị quyết số 12/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân huyện;
Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 ban hành Điều lệ trường tiểu học; Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của
Bộ Giáo dục và Đào tạo ban hành Điều lệ trường trung học; Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ
Giáo dục và Đào tạo;
Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa nhà trường và Ủy ban nhân dân xã trong giáo dục học sinh.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.`,
    chrome: [],
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2024-09-09',
      schoolYear: null,
      school: null,
      parties: ['NT', 'UBND'],
      signatories: [],
      legalBases: 6,
      supersedes: false,
      recipients: [],
    },
  },
];
