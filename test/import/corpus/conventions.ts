// Corpus, part 2: the conventions that vary from school to school (numbering, Số with or without
// its colon, party and union headings, decisions in front, tables run into text, abbreviations,
// Kiểm tra lại cases) and the encoding damage pages carry. Fictional schools and people; text
// written for these tests.
import type { CorpusDoc } from './types';

export const CONVENTION_DOCS: CorpusDoc[] = [
  {
    id: 'c12-party-cell-heading',
    phenomena: ['ĐẢNG CỘNG SẢN VIỆT NAM motto', 'party number 05-QC/CB', 'Điều 1: with colon', 'chi bộ lãnh đạo'],
    text: `ĐẢNG BỘ XÃ YÊN PHÚ                           ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS YÊN PHÚ
Số 05-QC/CB                                   Yên Phú, ngày 20 tháng 9 năm 2023
QUY CHẾ
PHỐI HỢP GIỮA CHI BỘ VÀ NHÀ TRƯỜNG, CÔNG ĐOÀN, CHI ĐOÀN
NĂM HỌC 2023-2024
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về sinh hoạt chi bộ;
- Thực hiện Nghị quyết của Đảng ủy xã Yên Phú năm 2023;
Chi bộ ban hành quy chế phối hợp như sau:
Điều 1: Chi bộ lãnh đạo nhà trường và các đoàn thể thực hiện nhiệm vụ năm học.
Điều 2: Nhà trường phối hợp với Công đoàn báo cáo Chi bộ kết quả công tác hằng tháng.
Điều 3: Chi đoàn phối hợp với Công đoàn tổ chức các hoạt động chào mừng ngày 26/3.
Điều 4: Chi bộ phối hợp với nhà trường đánh giá, xếp loại đảng viên cuối năm học.
Nơi nhận:                                      T/M CHI BỘ
- Đảng ủy xã (b/c);                            BÍ THƯ
- Lưu CB.
                                               Vũ Đình Khải`,
    expected: {
      kind: 'quy_che',
      number: '05-QC/CB',
      date: '2023-09-20',
      schoolYear: '2023-2024',
      school: 'Trường THCS Yên Phú',
      parties: ['CB', 'NT', 'CD', 'CDTN'],
      signatories: ['Vũ Đình Khải'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Đảng ủy xã (b/c)', 'Lưu CB'],
      times: { D1: '', D2: 'Hàng tháng', D3: 'T3', D4: 'Cuối năm học' },
    },
  },
  {
    id: 'c13-youth-union-roman-bare',
    phenomena: ['bare roman I', '+ Căn cứ', 'Thực hiện (not a basis)', 'Đoàn trường', 'items 1.'],
    text: `SỞ GD&ĐT TỈNH HÀ NAM
TRƯỜNG THPT LÝ NHÂN B
Số: 41/KH-THPTLNB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lý Nhân, ngày 02 tháng 10 năm 2024
KẾ HOẠCH
Phối hợp giữa nhà trường và Đoàn Thanh niên năm học 2024 - 2025
+ Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020;
+ Căn cứ Điều lệ trường trung học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020;
+ Thực hiện Kế hoạch số 102/KH-SGDĐT ngày 10/9/2024 của Sở GD&ĐT;
I MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Đoàn Thanh niên trong giáo dục học sinh.
II NỘI DUNG PHỐI HỢP
1. Nhà trường phối hợp với Đoàn Thanh niên tổ chức lễ khai giảng vào đầu năm học.
2. Đoàn Thanh niên phối hợp với nhà trường duy trì nề nếp học sinh thường xuyên.
3. Đoàn Thanh niên tổ chức hội trại kỷ niệm ngày thành lập Đoàn trước ngày 26/3.
4. Nhà trường tạo điều kiện để Đoàn Thanh niên sơ kết hoạt động mỗi học kỳ.
Nơi nhận:
- Sở GD&ĐT (b/c);
- Tỉnh đoàn (b/c);
- Lưu: VT.
TM. BCH ĐOÀN TRƯỜNG               HIỆU TRƯỞNG
BÍ THƯ
Phan Thị Thu Hằng                 Nguyễn Quốc Việt`,
    expected: {
      kind: 'ke_hoach',
      number: '41/KH-THPTLNB',
      date: '2024-10-02',
      schoolYear: '2024-2025',
      school: 'Trường THPT Lý Nhân B',
      parties: ['NT', 'CDTN'],
      signatories: ['Phan Thị Thu Hằng', 'Nguyễn Quốc Việt'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Sở GD&ĐT (b/c)', 'Tỉnh đoàn (b/c)', 'Lưu: VT'],
      times: { 'II.1': 'Đầu năm học', 'II.2': 'Thường xuyên', 'II.3': 'T3', 'II.4': 'Mỗi học kỳ' },
    },
  },
  {
    id: 'c14-parents-board-table-run-on',
    phenomena: ['table of responsibilities run into text', 'BĐD CMHS', 'KẾ HOẠCH split over lines', 'items 1-'],
    text: `TRƯỜNG TIỂU HỌC HOÀNG DIỆU
BAN ĐẠI DIỆN CMHS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-THHD
Cẩm Lệ, ngày 25 tháng 9 năm 2022
KẾ
HOẠCH
PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ BAN ĐẠI DIỆN CHA MẸ HỌC SINH
NĂM HỌC 2022-2023
Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ GD&ĐT ban hành Điều lệ Ban đại diện cha mẹ học sinh;
Căn cứ tình hình thực tế của nhà trường,
I. NỘI DUNG PHỐI HỢP
1- Nhà trường phối hợp với BĐD CMHS tổ chức họp cha mẹ học sinh đầu năm học.
2- BĐD CMHS phối hợp với nhà trường vận động học sinh tham gia bảo hiểm y tế trước ngày 30/10.
3- BĐD CMHS phối hợp với giáo viên chủ nhiệm thăm hỏi học sinh ốm đau khi có yêu cầu.
II. LỊCH PHỐI HỢP
TT Nội dung Thời gian Người thực hiện 1 Họp BĐD đầu năm Tháng 9 BGH, BĐD 2 Sơ kết học kỳ I Tháng 1 BĐD
TRƯỞNG BAN ĐẠI DIỆN CMHS               HIỆU TRƯỞNG
Lê Văn Tâm                             Trương Thị Hòa`,
    expected: {
      kind: 'ke_hoach',
      number: '15/KH-THHD',
      date: '2022-09-25',
      schoolYear: '2022-2023',
      school: 'Trường Tiểu học Hoàng Diệu',
      parties: ['NT', 'CMHS'],
      signatories: ['Lê Văn Tâm', 'Trương Thị Hòa'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'I.1': 'Đầu năm học', 'I.2': 'T10', 'I.3': 'Đột xuất' },
    },
  },
  {
    id: 'c15-joint-plan-chapters',
    phenomena: ['Chương I/II', 'Điều n. with heading', 'three parties sign', 'kế hoạch liên tịch'],
    text: `PHÒNG GD&ĐT HUYỆN THANH SƠN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA MAI                              Độc lập - Tự do - Hạnh phúc
Số: 22/KHLT-MNHM                                   Thanh Sơn, ngày 08 tháng 10 năm 2021
KẾ HOẠCH LIÊN TỊCH
GIỮA NHÀ TRƯỜNG, CÔNG ĐOÀN VÀ CHI ĐOÀN NĂM HỌC 2021-2022
Căn cứ Điều lệ trường mầm non ban hành kèm theo Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020;
Căn cứ Điều lệ Công đoàn Việt Nam và Điều lệ Đoàn TNCS Hồ Chí Minh;
Chương I
QUY ĐỊNH CHUNG
Điều 1. Mục đích
Thống nhất hành động giữa các tổ chức trong nhà trường.
Chương II
NỘI DUNG PHỐI HỢP
Điều 2. Họp liên tịch
1. Nhà trường chủ trì họp liên tịch với Công đoàn và Chi đoàn mỗi tháng một lần.
2. Công đoàn phối hợp với nhà trường tổ chức Hội nghị viên chức vào tháng 10.
Điều 3. Phong trào thi đua
1. Chi đoàn phối hợp với Công đoàn phát động thi đua chào mừng ngày 20/11.
2. Nhà trường phối hợp với Công đoàn tổng kết thi đua cuối năm học.
HIỆU TRƯỞNG              TM. BCH CÔNG ĐOÀN           TM. BCH CHI ĐOÀN
                         CHỦ TỊCH                    BÍ THƯ
Đinh Thị Mơ              Hà Thị Vân                  Cao Văn Lực`,
    expected: {
      kind: 'ke_hoach',
      number: '22/KHLT-MNHM',
      date: '2021-10-08',
      schoolYear: '2021-2022',
      school: 'Trường Mầm non Hoa Mai',
      parties: ['NT', 'CD', 'CDTN'],
      signatories: ['Đinh Thị Mơ', 'Hà Thị Vân', 'Cao Văn Lực'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { 'D2.1': 'Hàng tháng', 'D2.2': 'T10', 'D3.1': 'T11', 'D3.2': 'Cuối năm học' },
    },
  },
  {
    id: 'c16-decision-numbered-in-front',
    phenomena: ['Quyết định with number and date in front', 'Về việc ban hành', 'Điều 1. Ban hành kèm theo'],
    text: `UBND XÃ KIM SƠN                                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC KIM SƠN                               Độc lập - Tự do - Hạnh phúc
Số: 118/QĐ-THKS                                       Kim Sơn, ngày 16 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp giữa nhà trường và Công đoàn cơ sở năm học 2025-2026
HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC KIM SƠN
Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;
Căn cứ Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ GD&ĐT;
Xét đề nghị của Ban chấp hành Công đoàn cơ sở,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa nhà trường và Công đoàn cơ sở năm học 2025-2026.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận:                                             HIỆU TRƯỞNG
- Như Điều 2;
- Lưu: VT.                                            Mạc Thị Thanh
QUY CHẾ
Phối hợp giữa nhà trường và Công đoàn cơ sở năm học 2025-2026
(Ban hành kèm theo Quyết định số 118/QĐ-THKS ngày 16/9/2025 của Hiệu trưởng)
Điều 1. Nhà trường phối hợp với Công đoàn tổ chức Hội nghị viên chức, người lao động hằng năm.
Điều 2. Công đoàn phối hợp với nhà trường kiểm tra việc thực hiện chế độ chính sách định kỳ hằng quý.
Điều 3. Nhà trường và Công đoàn họp bất thường khi có việc đột xuất.
TM. BCH CÔNG ĐOÀN                     HIỆU TRƯỞNG
CHỦ TỊCH
Lại Văn Sang                          Mạc Thị Thanh`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2025-09-16',
      schoolYear: '2025-2026',
      school: 'Trường Tiểu học Kim Sơn',
      parties: ['NT', 'CD'],
      signatories: ['Mạc Thị Thanh', 'Lại Văn Sang', 'Mạc Thị Thanh'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Như Điều 2', 'Lưu: VT'],
      times: { D1: 'Hàng năm', D2: 'Hàng quý', D3: 'Đột xuất' },
    },
  },
  {
    id: 'c17-mojibake-page',
    phenomena: ['UTF-8 read as Windows-1252 (mojibake) in the whole page'],
    text: '',
    expected: {
      kind: 'quy_che',
      number: '07/QC-THCSPL',
      date: '2024-09-30',
      schoolYear: '2024-2025',
      school: 'Trường THCS Phú Lâm',
      parties: ['NT', 'CD'],
      signatories: ['Tô Thị Mận', 'Kha Văn Bình'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT (b/c)', 'Lưu VT'],
      times: { 'II.1': 'Hàng tháng', 'II.2': 'Cuối năm học' },
    },
  },
  {
    id: 'c18-tcvn3-body',
    phenomena: ['TCVN3 (ABC) text in the body of a Unicode page'],
    text: '',
    expected: {
      kind: 'quy_che',
      number: '03/QC-MNSC',
      date: '2019-10-04',
      schoolYear: '2019-2020',
      school: 'Trường Mầm non Sao Chổi',
      parties: ['NT', 'CD'],
      signatories: ['Ninh Thị Hảo', 'Âu Văn Cường'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { D1: 'Hàng quý', D2: 'Đầu năm học' },
    },
  },
  {
    id: 'c19-vni-body',
    phenomena: ['VNI-Windows text in the body'],
    text: '',
    expected: {
      kind: 'ke_hoach',
      number: '09/KH-THTH',
      date: '2020-09-21',
      schoolYear: '2020-2021',
      school: 'Trường Tiểu học Tân Hiệp',
      parties: ['NT', 'CMHS'],
      signatories: ['Quách Văn Nam', 'Đoàn Thị Thủy'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'I.1': 'Hàng tháng', 'I.2': 'Mỗi học kỳ' },
    },
  },
  {
    id: 'c20-old-tones-qui',
    phenomena: ['old tone placement (hoà, khoẻ, tuỳ)', 'Qui chế', 'CỘNG HOÀ', 'Điều 1 .'],
    text: `PHÒNG GD&ĐT HUYỆN ĐỨC HOÀ
TRƯỜNG TIỂU HỌC HOÀ KHÁNH
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Số: 16/QC-THHK
Hoà Khánh, ngày 11 tháng 9 năm 2018
QUI CHẾ PHỐI HỢP
GIỮA BAN GIÁM HIỆU VÀ BAN CHẤP HÀNH CÔNG ĐOÀN NĂM HỌC 2018 – 2019
Căn cứ Luật Công đoàn năm 2012;
Căn cứ Quyết định số 04/2000/QĐ-BGDĐT ngày 01/3/2000 của Bộ trưởng Bộ GD&ĐT ban hành quy chế thực hiện dân chủ trong hoạt động của nhà trường;
Điều 1 . Ban giám hiệu phối hợp với Công đoàn chăm lo sức khoẻ cho đoàn viên hằng năm.
Điều 2 . Công đoàn phối hợp với Ban giám hiệu tổ chức hoà giải mâu thuẫn khi có yêu cầu.
Điều 3 . Ban giám hiệu tuỳ tình hình tạo điều kiện để Công đoàn hoạt động.
Nơi nhận:
- Như trên;
- Lưu VP.
TM. BCH CÔNG ĐOÀN              HIỆU TRƯỞNG
CHỦ TỊCH
Thái Thị Thoả                  Lữ Văn Hoà`,
    expected: {
      kind: 'quy_che',
      number: '16/QC-THHK',
      date: '2018-09-11',
      schoolYear: '2018-2019',
      school: 'Trường Tiểu học Hòa Khánh',
      parties: ['NT', 'CD'],
      signatories: ['Thái Thị Thỏa', 'Lữ Văn Hòa'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Như trên', 'Lưu VP'],
      times: { D1: 'Hàng năm', D2: 'Đột xuất', D3: '' },
    },
  },
  {
    id: 'c21-deputy-signs-interleaved',
    phenomena: ['KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG', 'signature interleaved with Nơi nhận', 'Thủ trưởng cơ quan'],
    text: `TRƯỜNG THCS NAM TIẾN
Số: 31/QC-THCSNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Tiến, ngày 14 tháng 10 năm 2022
QUY CHẾ PHỐI HỢP
GIỮA THỦ TRƯỞNG CƠ QUAN VÀ BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ
NĂM HỌC 2022-2023
Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;
Căn cứ Điều lệ Công đoàn Việt Nam;
I. TRÁCH NHIỆM CỦA THỦ TRƯỞNG CƠ QUAN
1. Thủ trưởng cơ quan phối hợp với Công đoàn tổ chức Hội nghị cán bộ, công chức, viên chức vào tháng 10.
2. Thủ trưởng cơ quan thông báo tình hình thu chi tài chính cho Công đoàn mỗi học kỳ.
II. TRÁCH NHIỆM CỦA CÔNG ĐOÀN
1. Công đoàn phối hợp với Thủ trưởng cơ quan tổ chức tham quan học tập vào dịp hè.
Nơi nhận:                       KT. HIỆU TRƯỞNG              TM. BCH CÔNG ĐOÀN
- Phòng GD&ĐT;                  PHÓ HIỆU TRƯỞNG              CHỦ TỊCH
- CĐGD huyện;
- Lưu: VT.                      Hoàng Thị Yến                Đào Minh Châu`,
    expected: {
      kind: 'quy_che',
      number: '31/QC-THCSNT',
      date: '2022-10-14',
      schoolYear: '2022-2023',
      school: 'Trường THCS Nam Tiến',
      parties: ['NT', 'CD'],
      signatories: ['Hoàng Thị Yến', 'Đào Minh Châu'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT', 'CĐGD huyện', 'Lưu: VT'],
      times: { 'I.1': 'T10', 'I.2': 'Mỗi học kỳ', 'II.1': '' },
    },
  },
  {
    id: 'c22-dense-abbreviations',
    phenomena: ['BCHCĐCS, CBCCVC, ĐDCMHS', 'CQCM (chuyên môn đồng cấp)', 'a) items under numbers'],
    text: `PHÒNG GD&ĐT QUẬN LÊ CHÂN
TRƯỜNG MN HOA PHƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/QCPH-MNHP
Lê Chân, ngày 03 tháng 10 năm 2023
QUY CHẾ PHỐI HỢP
GIỮA CQCM VÀ BCHCĐCS TRƯỜNG MN HOA PHƯỢNG NĂM HỌC 2023-2024
Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022;
Căn cứ Hướng dẫn số 03/HD-TLĐ ngày 20/02/2023 của Tổng Liên đoàn Lao động Việt Nam;
1. Trách nhiệm của CQCM
a) CQCM phối hợp với BCHCĐCS tổ chức Hội nghị CBCCVC trước ngày 31/10.
b) CQCM cung cấp thông tin cho BCHCĐCS định kỳ hằng quý.
2. Trách nhiệm của BCHCĐCS
a) BCHCĐCS phối hợp với CQCM chăm lo đời sống CBCCVC thường xuyên.
b) BCHCĐCS phối hợp với ĐDCMHS tổ chức vui Tết Trung thu cho trẻ vào tháng 9.
TM. BCHCĐCS                         HIỆU TRƯỞNG
CHỦ TỊCH
Trịnh Thu Trang                     Mai Thị Ngọc`,
    expected: {
      kind: 'quy_che',
      number: '27/QCPH-MNHP',
      date: '2023-10-03',
      schoolYear: '2023-2024',
      school: 'Trường Mầm non Hoa Phượng',
      parties: ['NT', 'CD'],
      signatories: ['Trịnh Thu Trang', 'Mai Thị Ngọc'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { '1.a': 'T10', '1.b': 'Hàng quý', '2.a': 'Thường xuyên', '2.b': 'T9' },
    },
  },
  {
    id: 'c23-bases-under-heading-plus',
    phenomena: ['Căn cứ: heading with + lines', 'Ban lãnh đạo and chính quyền', 'Trên cơ sở (not a basis)'],
    text: `TRƯỜNG THPT CHU VĂN AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số 19/QC-CVA
Thái Bình, ngày 27 tháng 9 năm 2021
QUY CHẾ PHỐI HỢP
GIỮA CHÍNH QUYỀN VÀ CÔNG ĐOÀN TRƯỜNG THPT CHU VĂN AN
NĂM HỌC 2021 - 2022
Căn cứ:
+ Luật Công đoàn năm 2012;
+ Nghị định 43/2013/NĐ-CP ngày 10/5/2013 của Chính phủ;
+ Điều lệ trường trung học ban hành kèm theo Thông tư 32/2020/TT-BGDĐT ngày 15/9/2020.
Trên cơ sở thống nhất giữa Ban lãnh đạo nhà trường và Ban chấp hành Công đoàn,
Điều 1. Chính quyền phối hợp với Công đoàn xây dựng kế hoạch năm học vào đầu năm học.
Điều 2. Công đoàn phối hợp với chính quyền tổ chức phong trào thi đua hai tốt mỗi học kỳ.
Điều 3. Ban lãnh đạo nhà trường và Công đoàn họp giao ban hằng tuần.
HIỆU TRƯỞNG                          TM. BCH CÔNG ĐOÀN
                                     CHỦ TỊCH
Quan Thị Lý                          Bế Văn Thắng`,
    expected: {
      kind: 'quy_che',
      number: '19/QC-CVA',
      date: '2021-09-27',
      schoolYear: '2021-2022',
      school: 'Trường THPT Chu Văn An',
      parties: ['NT', 'CD'],
      signatories: ['Quan Thị Lý', 'Bế Văn Thắng'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { D1: 'Đầu năm học', D2: 'Mỗi học kỳ', D3: 'Hàng tuần' },
    },
  },
  {
    id: 'c24-dotted-blanks',
    phenomena: ['Số: ……/QC-… with dots', 'ngày …. tháng …. năm 2024', 'nothing guessed'],
    text: `UBND PHƯỜNG AN KHÁNH
TRƯỜNG MẦM NON BÌNH AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ……/QC-MNBA
An Khánh, ngày …. tháng …. năm 2024
QUY CHẾ PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ BAN ĐẠI DIỆN CHA MẸ TRẺ NĂM HỌC 2024-2025
Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ GD&ĐT;
1. Nhà trường phối hợp với Ban đại diện cha mẹ trẻ tổ chức họp phụ huynh 3 lần/năm.
2. Ban đại diện cha mẹ trẻ phối hợp với nhà trường tổ chức Tết thiếu nhi 1/6.
TM. BAN ĐẠI DIỆN CHA MẸ TRẺ           HIỆU TRƯỞNG
TRƯỞNG BAN
Giáp Văn Hải                          Lục Thị Lan`,
    expected: {
      kind: 'quy_che',
      number: '……/QC-MNBA',
      date: null,
      schoolYear: '2024-2025',
      school: 'Trường Mầm non Bình An',
      parties: ['NT', 'CMHS'],
      signatories: ['Giáp Văn Hải', 'Lục Thị Lan'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { '1': '3 lần/năm', '2': 'T6' },
    },
  },
  {
    id: 'c25-supersedes-by-year',
    phenomena: ['replaces the previous year by name, no number', 'Điều 1:', 'item 1)'],
    text: `PHÒNG GD&ĐT HUYỆN CƯ JÚT
TRƯỜNG THCS NGUYỄN TRÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QC-NT
Cư Jút, ngày 19 tháng 9 năm 2024
QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2024-2025
Căn cứ Luật Công đoàn số 12/2012/QH13;
Căn cứ Thông tư 11/2020/TT-BGDĐT ngày 19/5/2020;
Điều 1: Nhà trường phối hợp với Công đoàn tổ chức khám sức khỏe cho viên chức hằng năm.
Điều 2: Công đoàn phối hợp với nhà trường tổ chức ngày Nhà giáo Việt Nam 20/11.
Điều 3: Quy chế này thay thế Quy chế phối hợp năm học 2023-2024 và có hiệu lực từ ngày ký.
TM. BCH CÔNG ĐOÀN                     HIỆU TRƯỞNG
CHỦ TỊCH
Y Bhin Niê                            H'Mai Êban`,
    expected: {
      kind: 'quy_che',
      number: '12/QC-NT',
      date: '2024-09-19',
      schoolYear: '2024-2025',
      school: 'Trường THCS Nguyễn Trãi',
      parties: ['NT', 'CD'],
      signatories: ['Y Bhin Niê', "H'Mai Êban"],
      legalBases: 2,
      supersedes: true,
      recipients: [],
      times: { D1: 'Hàng năm', D2: 'T11' },
    },
  },
  {
    id: 'c26-markdown-table-pipes',
    phenomena: ['Markdown table pipes', '**bold** headings', 'Số: with colon on its own line'],
    text: `**TRƯỜNG TIỂU HỌC LÊ LỢI**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
Số: 08/KH-THLL
Vinh, ngày 06 tháng 10 năm 2023
# KẾ HOẠCH PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CHI ĐOÀN NĂM HỌC 2023-2024
Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;
Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 ban hành Điều lệ trường tiểu học;
| TT | Nội dung | Thời gian |
|---|---|---|
| 1 | Họp liên tịch | Tháng 9 |
I. NỘI DUNG
1. Nhà trường phối hợp với Chi đoàn tổ chức Trung thu cho học sinh vào tháng 9.
2. Chi đoàn phối hợp với nhà trường tổ chức sinh hoạt Sao Nhi đồng hằng tuần.
**HIỆU TRƯỞNG**                    **TM. BCH CHI ĐOÀN**
                                   **BÍ THƯ**
Lưu Thị Hiền                       Khổng Văn Đạt`,
    expected: {
      kind: 'ke_hoach',
      number: '08/KH-THLL',
      date: '2023-10-06',
      schoolYear: '2023-2024',
      school: 'Trường Tiểu học Lê Lợi',
      parties: ['NT', 'CDTN'],
      signatories: ['Lưu Thị Hiền', 'Khổng Văn Đạt'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { 'I.1': 'T9', 'I.2': 'Hàng tuần' },
    },
  },
  {
    id: 'c27-local-bodies-kindergarten',
    phenomena: ['UBND xã and Hội LHPN as parties', 'ba môi trường giáo dục', 'Hội cha mẹ trẻ'],
    text: `UBND XÃ ĐỒNG TÂM
TRƯỜNG MẦM NON ĐỒNG TÂM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 40/KHPH-MNĐT
Đồng Tâm, ngày 10 tháng 10 năm 2025
KẾ HOẠCH PHỐI HỢP
GIỮA NHÀ TRƯỜNG VỚI UBND XÃ, HỘI LIÊN HIỆP PHỤ NỮ XÃ VÀ BAN ĐẠI DIỆN CHA MẸ TRẺ
NĂM HỌC 2025-2026
Căn cứ Điều lệ trường mầm non ban hành kèm theo Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020;
Căn cứ Nghị định số 142/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;
II. NỘI DUNG PHỐI HỢP
1. UBND xã chỉ đạo các ban ngành phối hợp với nhà trường huy động trẻ ra lớp vào tháng 8.
2. Hội Liên hiệp Phụ nữ xã phối hợp với nhà trường tuyên truyền nuôi dạy con hằng quý.
3. Ban đại diện cha mẹ trẻ phối hợp với nhà trường tổ chức ngày hội đến trường đầu năm học.
TM. UBND XÃ              TM. HỘI LHPN XÃ          TM. BAN ĐẠI DIỆN CMT        HIỆU TRƯỞNG
CHỦ TỊCH                 CHỦ TỊCH                 TRƯỞNG BAN
Lâm Văn Quyết            Nông Thị Hà              Vi Văn Tuấn                 Hứa Thị Mai`,
    expected: {
      kind: 'ke_hoach',
      number: '40/KHPH-MNĐT',
      date: '2025-10-10',
      schoolYear: '2025-2026',
      school: 'Trường Mầm non Đồng Tâm',
      parties: ['NT', 'UBND', 'PN', 'CMHS'],
      signatories: ['Lâm Văn Quyết', 'Nông Thị Hà', 'Vi Văn Tuấn', 'Hứa Thị Mai'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { 'II.1': 'T8', 'II.2': 'Hàng quý', 'II.3': 'Đầu năm học' },
    },
  },
  {
    id: 'c28-page-title-and-toc',
    phenomena: ['page title above the heading', 'table of contents with page numbers', '*** separator'],
    text: `Quy chế phối hợp giữa Công đoàn và Chính quyền trường THCS Lam Sơn
Mục lục: Quy chế phối hợp ……… Trang 1
CÔNG ĐOÀN GIÁO DỤC HUYỆN NGA SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CĐCS TRƯỜNG THCS LAM SƠN                    Độc lập - Tự do - Hạnh phúc
***
Số: 02/QC-CĐCS                             Nga Sơn, ngày 09 tháng 10 năm 2020
QUY CHẾ
Phối hợp giữa Công đoàn cơ sở và Chính quyền nhà trường
Năm học 2020-2021
Căn cứ Điều lệ Công đoàn Việt Nam khóa XII;
Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015;
Điều 1. Công đoàn phối hợp với Chính quyền tổ chức Hội nghị cán bộ công chức vào đầu năm học.
Điều 2. Chính quyền thông báo cho Công đoàn kết quả thi đua cuối mỗi học kỳ.
TM. BCH CÔNG ĐOÀN CƠ SỞ                  HIỆU TRƯỞNG
CHỦ TỊCH
Mẫn Thị Loan                             Tống Văn Đức`,
    chrome: ['Quy chế phối hợp giữa Công đoàn và Chính quyền trường THCS Lam Sơn'],
    expected: {
      kind: 'quy_che',
      number: '02/QC-CĐCS',
      date: '2020-10-09',
      schoolYear: '2020-2021',
      school: 'Trường THCS Lam Sơn',
      parties: ['CD', 'NT'],
      signatories: ['Mẫn Thị Loan', 'Tống Văn Đức'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { D1: 'Đầu năm học', D2: 'Mỗi học kỳ' },
    },
  },
  {
    id: 'c29-calendar-year-plan',
    phenomena: ['NĂM 2024 (calendar year, no school year)', 'Thực hiện heading', 'items with dashes'],
    text: `ĐOÀN TNCS HỒ CHÍ MINH
BCH CHI ĐOÀN TRƯỜNG THCS AN PHÚ
Số: 03-KH/CĐ
An Phú, ngày 15 tháng 01 năm 2024
KẾ HOẠCH
Phối hợp giữa Chi đoàn và nhà trường năm 2024
- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;
- Thực hiện Chương trình công tác Đoàn năm 2024 của Huyện đoàn;
I. NỘI DUNG
1. Chi đoàn phối hợp với nhà trường tổ chức Tháng Thanh niên vào tháng 3.
2. Chi đoàn phối hợp với nhà trường tổ chức hoạt động hè cho học sinh vào tháng 6.
3. Nhà trường tạo điều kiện để Chi đoàn sinh hoạt hằng tháng.
TM. BCH CHI ĐOÀN                    HIỆU TRƯỞNG
BÍ THƯ
Đàm Thị Ngân                        Triệu Văn Long`,
    expected: {
      kind: 'ke_hoach',
      number: '03-KH/CĐ',
      date: '2024-01-15',
      schoolYear: null,
      school: 'Trường THCS An Phú',
      parties: ['CDTN', 'NT'],
      signatories: ['Đàm Thị Ngân', 'Triệu Văn Long'],
      legalBases: 1,
      supersedes: false,
      recipients: [],
      times: { 'I.1': 'T3', 'I.2': 'T6', 'I.3': 'Hàng tháng' },
    },
  },
  {
    id: 'c30-cms-weekday-and-share',
    phenomena: ['Thứ Hai, 14/09/2021 - 08:05 post date', 'Chia sẻ / Zalo buttons', 'view count', 'Tin khác'],
    text: `Thứ Ba, 14/09/2021 - 08:05
Lượt xem: 317
Chia sẻ
Zalo
PHÒNG GD&ĐT THỊ XÃ BA ĐỒN
TRƯỜNG TIỂU HỌC QUẢNG THỌ
Số: 26/QC-THQT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Thọ, ngày 10 tháng 9 năm 2021
QUY CHẾ PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2021-2022
Căn cứ Luật Công đoàn năm 2012;
Căn cứ Thông tư 11/2020/TT-BGDĐT ngày 19/5/2020;
Điều 1. Nhà trường phối hợp với Công đoàn tổ chức Hội nghị viên chức vào tháng 9.
Điều 2. Công đoàn phối hợp với nhà trường thăm hỏi đoàn viên khi ốm đau.
Điều 3. Hai bên họp liên tịch hằng tháng.
Nơi nhận:
- Phòng GD&ĐT (b/c);
- Lưu: VT.
TM. BCH CÔNG ĐOÀN                 HIỆU TRƯỞNG
CHỦ TỊCH
Hồ Thị Sen                        Võ Văn Quang
Tin khác`,
    chrome: ['Thứ Ba, 14/09/2021 - 08:05', 'Lượt xem: 317', 'Chia sẻ', 'Zalo', 'Tin khác'],
    expected: {
      kind: 'quy_che',
      number: '26/QC-THQT',
      date: '2021-09-10',
      schoolYear: '2021-2022',
      school: 'Trường Tiểu học Quảng Thọ',
      parties: ['NT', 'CD'],
      signatories: ['Hồ Thị Sen', 'Võ Văn Quang'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Phòng GD&ĐT (b/c)', 'Lưu: VT'],
      times: { D1: 'T9', D2: '' },
    },
  },
  {
    id: 'c31-horn-lost-after-conversion',
    phenomena: ['horn on ư lost after a legacy conversion (trờng, thờng xuyên)', 'Số without colon', 'Điều 1:'],
    text: `PHÒNG GD&ĐT HUYỆN VĂN LÂM
TRỜNG TIỂU HỌC MINH KHAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số 14/QC-THMK
Minh Khai, ngày 23 tháng 9 năm 2019
QUY CHẾ PHỐI HỢP GIỮA NHÀ TRỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2019-2020
Căn cứ Luật Công đoàn năm 2012;
Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015;
Điều 1: Nhà trờng phối hợp với Công đoàn kiểm tra nội bộ thờng xuyên.
Điều 2: Công đoàn phối hợp với nhà trờng tổ chức Hội nghị viên chức đầu năm học.
TM. BCH CÔNG ĐOÀN                    HIỆU TRỞNG
CHỦ TỊCH
Lương Thị Vui                         Đỗ Văn Bằng`,
    expected: {
      kind: 'quy_che',
      number: '14/QC-THMK',
      date: '2019-09-23',
      schoolYear: '2019-2020',
      school: 'Trường Tiểu học Minh Khai',
      parties: ['NT', 'CD'],
      signatories: ['Lương Thị Vui', 'Đỗ Văn Bằng'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { D1: 'Thường xuyên', D2: 'Đầu năm học' },
    },
  },
];
