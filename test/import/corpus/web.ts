// Corpus, part 1: documents as school websites post them (chrome around them, portal
// metadata, page titles, related links, flattened columns).
import type { CorpusDoc } from './types';

export const WEB_DOCS: CorpusDoc[] = [
  {
    id: 'c01-cms-chrome',
    phenomena: ['breadcrumb', 'post date and time', 'view count', 'PDF. In Email', 'page title', 'related links'],
    text: `Trang chủ Tin tức Văn bản Công đoàn
Quy chế phối hợp giữa nhà trường và công đoàn năm học 2023-2024
Thứ Hai, 18/09/2023 - 08:05
Lượt xem: 1245
PDF. In Email
PHÒNG GD&ĐT HUYỆN AN LẠC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC BÌNH MINH                         Độc lập - Tự do - Hạnh phúc
Số 12/QC-THBM                                     Bình Minh , ngày 15 tháng 9 năm 2023
QUY CHẾ
PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ BAN CHẤP HÀNH CÔNG ĐOÀN
NĂM HỌC 2023-2024
Căn cứ:
Luật Công đoàn số 12/2012/QH13 ngày 20/6/2012;
Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước;
Thực hiện Kế hoạch số 45/KH-PGDĐT ngày 05/9/2023 của Phòng GD&ĐT về nhiệm vụ năm học;
Trên cơ sở thống nhất giữa hai bên, Ban giám hiệu và BCHCĐCS trường Tiểu học Bình Minh thống nhất ban hành quy chế phối hợp như sau:
Điều 1: Nguyên tắc phối hợp
Quan hệ giữa nhà trường và công đoàn là quan hệ hợp tác, tôn trọng quyền độc lập của mỗi tổ chức.
Điều 2: Chế độ họp: định kỳ 3 tháng một lần
1- Hiệu trưởng chủ trì họp liên tịch với BCH Công đoàn để đánh giá tình hình.
2- Khi có việc đột xuất, hai bên họp bất thường.
Điều 3: Trách nhiệm của nhà trường
1/ Hiệu trưởng phối hợp với Công đoàn tổ chức Hội nghị viên chức vào đầu năm học.
2/ Nhà trường tạo điều kiện cho công đoàn hoạt động.
Điều 4: Trách nhiệm của công đoàn
1 / Công đoàn phối hợp với nhà trường tổng kết phong trào thi đua cuối mỗi học kỳ.
2 / Công đoàn vận động đoàn viên thực hiện tốt nhiệm vụ.
Điều 5: Hiệu lực
Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 08/QC-THBM ngày 10/9/2022.
Nơi nhận:                                   TM. BCH CÔNG ĐOÀN               HIỆU TRƯỞNG
- Phòng GD&ĐT (b/c);                        CHỦ TỊCH
- LĐLĐ huyện (b/c);
- Lưu VT.                                   Trần Thị Mai                    Lê Văn Hùng
Tin cùng chuyên mục
Kế hoạch phối hợp với Ban đại diện cha mẹ học sinh
Quy chế chi tiêu nội bộ năm 2023`,
    expected: {
      kind: 'quy_che',
      number: '12/QC-THBM',
      date: '2023-09-15',
      schoolYear: '2023-2024',
      school: 'Trường Tiểu học Bình Minh',
      parties: ['NT', 'CD'],
      signatories: ['Trần Thị Mai', 'Lê Văn Hùng'],
      legalBases: 2,
      supersedes: true,
      recipients: ['Phòng GD&ĐT (b/c)', 'LĐLĐ huyện (b/c)', 'Lưu VT'],
      times: { 'D2.1': 'Hàng quý', 'D3.1': 'Đầu năm học', 'D3.2': '', 'D4.1': 'Mỗi học kỳ', 'D4.2': '' },
    },
  },
  {
    id: 'c02-portal-metadata',
    phenomena: ['portal metadata block disagreeing with the document', 'Nội dung label', 'unfilled date', 'Qui chế'],
    text: `QUI CHẾ PHỐI HỢP GIỮA BAN GIÁM HIỆU VÀ CÔNG ĐOÀN TRƯỜNG
Số kí hiệu 01-377 /QĐ – THĐL
Ngày ban hành 06/11/2024
Ngày bắt đầu hiệu lực
Thể loại Công văn
Lĩnh vực Pháp quy
Cơ quan ban hành Trường tiểu học Đông Lâm
Người ký Phạm Thị Hồng
Nội dung
UBND HUYỆN SƠN HÀ
TRƯỜNG TH ĐÔNG LÂM
CÔNG ĐOÀN TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Lâm, ngày     tháng     năm 2024
QUI CHẾ PHỐI HỢP
GIỮA BAN GIÁM HIỆU VÀ CÔNG ĐOÀN TRƯỜNG
(Kèm theo QĐ số 377 /QĐ – THĐL ngày 23 tháng 10 năm 2024 về việc ban hành Quy chế phối hợp giữa BGH và Công đoàn trường)
Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước;
Căn cứ Thông tư 11/2020/TT-BGDĐT ngày 19 tháng 5 năm 2020 của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện dân chủ trong cơ sở giáo dục công lập;
Căn cứ tình hình thực tế của nhà trường; thực hiện nhiệm vụ năm học 2024 - 2025,
Công đoàn, BGH nhà trường xây dựng quy chế phối hợp hoạt động năm học 2024 - 2025 như sau:
I. NHỮNG QUY ĐỊNH CHUNG
1. Ban giám hiệu và Công đoàn phối hợp thường xuyên trong mọi hoạt động của nhà trường.
2. Hai bên họp liên tịch mỗi tháng một lần vào tuần đầu tháng.
II. NỘI DUNG PHỐI HỢP
1. BGH phối hợp với Công đoàn tổ chức Hội nghị viên chức, người lao động trước ngày 30/10.
2. Công đoàn phối hợp với BGH kiểm tra việc thực hiện chế độ chính sách cho người lao động.
TM. BCH CÔNG ĐOÀN                              HIỆU TRƯỞNG
CHỦ TỊCH
(Đã ký)                                         (Đã ký)
Nguyễn Văn Khánh                               Phạm Thị Hồng`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: null,
      schoolYear: '2024-2025',
      school: 'Trường Tiểu học Đông Lâm',
      parties: ['NT', 'CD'],
      signatories: ['Nguyễn Văn Khánh', 'Phạm Thị Hồng'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { 'I.1': 'Thường xuyên', 'II.1': 'T10', 'II.2': '' },
    },
  },
  {
    id: 'c03-post-footer-views',
    phenomena: ['english weekday post date', 'welcome banner', 'comment count', 'Số without colon', 'footer'],
    text: `Saturday, 27/11/2021 - 06:26|
Chào mừng bạn đến với cổng thông tin điện tử trường mầm non Hoa Sen
Quy chế phối hợp giữa công đoàn với BGH nhà trường năm học 2021 -2022
LĐLĐ HUYỆN ĐẠI ĐỒNG
CĐ TRƯỜNG MẦM NON HOA SEN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Số 05/QCPH-CĐ
Hoa Sen, ngày 20 tháng 9 năm 2021
QUY CHẾ
QUY ĐỊNH VỀ MỐI QUAN HỆ PHỐI HỢP CÔNG TÁC GIỮA
BAN GIÁM HIỆU VÀ CÔNG ĐOÀN TRƯỜNG HỌC NĂM HỌC 2021 - 2022
Căn cứ Luật Công đoàn năm 2012 và Nghị định 43/2013/NĐ-CP ngày 10/5/2013 của Chính phủ;
Căn cứ Thông tư liên tịch số 12/TTLT ngày 08/5/1992 của Bộ Giáo dục và Công đoàn Giáo dục Việt Nam;
Ban giám hiệu và Ban chấp hành Công đoàn trường Mầm non Hoa Sen thống nhất quy chế như sau:
I. Nguyên tắc chung:
Quan hệ giữa Ban giám hiệu và Công đoàn là quan hệ hợp tác, bình đẳng.
II. Nội dung phối hợp:
1. Hằng tháng, Ban giám hiệu thông báo cho Công đoàn kế hoạch công tác của nhà trường.
2. Công đoàn phối hợp với Ban giám hiệu tổ chức các hoạt động văn nghệ, thể thao vào dịp 20/11.
3. Ban giám hiệu tạo điều kiện cho Công đoàn tham gia xét thi đua khen thưởng cuối năm học.
TM. BAN GIÁM HIỆU                TM. BCH CÔNG ĐOÀN
HIỆU TRƯỞNG                       CHỦ TỊCH
Lê Thị Thu Hà                     Đỗ Thị Lan
0 Bình luận
Các tin khác
Kế hoạch tổ chức Hội nghị viên chức năm học 2021-2022
Copyright © 2021 Trường Mầm non Hoa Sen`,
    expected: {
      kind: 'quy_che',
      number: '05/QCPH-CĐ',
      date: '2021-09-20',
      schoolYear: '2021-2022',
      school: 'Trường Mầm non Hoa Sen',
      parties: ['NT', 'CD'],
      signatories: ['Lê Thị Thu Hà', 'Đỗ Thị Lan'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { 'II.1': 'Hàng tháng', 'II.2': 'T11', 'II.3': 'Cuối năm học' },
    },
  },
  {
    id: 'c04-glued-breadcrumb-author',
    phenomena: ['breadcrumbs glued', 'author line', 'weekday with month name', 'roman I- sections', '1- items'],
    text: `Trang chủTin tứcVăn bản - Thông báo
Quy chế phối hợp Công đoàn và Ban giám hiệu PDF. In Email
Viết bởi Trần Hùng Sơn
Thứ năm, 17 Tháng 10 2019 14:10
PHÒNG GD&ĐT TP HÒA BÌNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TH TRẦN PHÚ                         Độc lập - Tự do- Hạnh phúc
Trần Phú, ngày 10 tháng 9 năm 2019.
QUY CHẾ
PHỐI HỢP CÔNG TÁC GIỮA BAN GIÁM HIỆU VÀ
BAN CHẤP HÀNH CÔNG ĐOÀN
NĂM HỌC 2019-2020
- Căn cứ Luật Công đoàn, Nghị định 43/2013/NĐ-CP ngày 10/5/2013 về thi hành Luật công đoàn;
- Căn cứ Quyết định số 465/TTg ngày 27/8/1994 của Thủ tướng Chính phủ;
- Căn cứ vào tình hình thực tế của nhà trường.
I- QUAN HỆ PHỐI HỢP THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN
1- Hiệu trưởng có trách nhiệm thông tin kịp thời chủ trương của ngành tới Công đoàn.
2- BCH Công đoàn phối hợp với Ban giám hiệu tổ chức thao giảng, dự giờ theo từng học kỳ.
II- QUAN HỆ PHỐI HỢP CHĂM LO ĐỜI SỐNG
1- Công đoàn thăm hỏi đoàn viên ốm đau khi có yêu cầu.
2- Nhà trường phối hợp với Công đoàn tổ chức tham quan vào dịp hè.
HIỆU TRƯỞNG                                  TM. BCH CÔNG ĐOÀN
                                             CHỦ TỊCH
Phan Văn Long                                Võ Thị Hạnh`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2019-09-10',
      schoolYear: '2019-2020',
      school: 'Trường Tiểu học Trần Phú',
      parties: ['NT', 'CD'],
      signatories: ['Phan Văn Long', 'Võ Thị Hạnh'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { 'I.1': '', 'I.2': 'Mỗi học kỳ', 'II.1': 'Đột xuất', 'II.2': '' },
    },
  },
  {
    id: 'c05-decision-wrapper-page-title',
    phenomena: ['page title above the decision', 'decision issuing the regulation', 'Xét (not a basis)', 'Điều 1:'],
    text: `QUY CHẾ PHỐI HỢP HOẠT ĐỘNG GIỮA THỦ TRƯỞNG VÀ BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG TIỂU HỌC NÀ PHẶC NĂM HỌC 2024-2025
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ PHỐI HỢP HOẠT ĐỘNG GIỮA THỦ TRƯỞNG VÀ BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG TIỂU HỌC NÀ PHẶC NĂM HỌC 2024-2025
- Căn cứ nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ ban hành quy chế thực hiện dân chủ trong hoạt động của cơ quan.
- Căn cứ kết quả Hội nghị viên chức, người lao động Trường Tiểu học Nà Phặc
- Xét đề nghị của Chủ tịch Công đoàn trường,
THỦ TRƯỞNG CƠ QUAN TRƯỜNG TIỂU HỌC NÀ PHẶC
QUYẾT ĐỊNH
Điều 1: Ban hành kèm theo Quyết định này quy chế phối hợp hoạt động giữa Thủ trưởng cơ quan và Ban chấp hành công đoàn trường Tiểu học Nà Phặc
Điều 2: Thủ trưởng cơ quan, các bộ phận trực thuộc chịu trách nhiệm thi hành quyết định này.
Quyết định này có hiệu lực kể từ ngày     tháng 10 năm 2024.
Nơi nhận: THỦ TRƯỞNG
- LĐLĐ huyện
- Như điều 2 (Đã ký)
- Lưu.
Hoàng Văn Toản
QUY CHẾ PHỐI HỢP GIỮA THỦ TRƯỞNG ĐƠN VỊ VỚI BAN CHẤP HÀNH CÔNG ĐOÀN NĂM HỌC 2024-2025
(Kèm theo Quyết định số: 236 /QĐ-THNP ngày 11 tháng 9 năm 2024 của Hiệu trưởng Trường Tiểu học Nà Phặc)
Điều 1. Thủ trưởng cơ quan chủ trì, phối hợp với Ban chấp hành công đoàn xây dựng kế hoạch năm học vào đầu năm học.
Điều 2. Ban chấp hành công đoàn phối hợp với Thủ trưởng tổ chức Hội nghị viên chức hằng năm.
Điều 3. Thủ trưởng cơ quan tạo điều kiện để công đoàn hoạt động.
TM. BCH CÔNG ĐOÀN                      THỦ TRƯỞNG ĐƠN VỊ
CHỦ TỊCH
Lò Thị Xuân                            Hoàng Văn Toản`,
    expected: {
      kind: 'quy_che',
      number: null,
      date: '2024-09-11',
      schoolYear: '2024-2025',
      school: 'Trường Tiểu học Nà Phặc',
      parties: ['NT', 'CD'],
      signatories: ['Hoàng Văn Toản', 'Lò Thị Xuân', 'Hoàng Văn Toản'],
      legalBases: 1,
      supersedes: false,
      recipients: ['LĐLĐ huyện', 'Như điều 2', 'Lưu'],
      times: { D1: 'Đầu năm học', D2: 'Hàng năm', D3: '' },
    },
  },
  {
    id: 'c06-one-line-document',
    phenomena: ['whole document on one line', 'Số: with colon', 'Điều 1.', 'run-on signature'],
    text: `PHÒNG GD&ĐT HUYỆN MINH LONG TRƯỜNG THCS LONG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 21/QCPH-THCSLS Long Sơn, ngày 05 tháng 10 năm 2022 QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CHI ĐOÀN THANH NIÊN NĂM HỌC 2022-2023 Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020; Căn cứ Điều lệ trường trung học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020; Nhà trường và Chi đoàn thống nhất quy chế phối hợp như sau: Điều 1. Nhà trường phối hợp với Chi đoàn tổ chức các hoạt động ngoại khóa hằng tháng. Điều 2. Chi đoàn phối hợp với nhà trường tổ chức Đại hội chi đoàn vào đầu năm học. Điều 3. Quy chế có hiệu lực từ ngày ký. TM. CHI ĐOÀN BÍ THƯ Lương Thị Ngọc HIỆU TRƯỞNG Trịnh Văn Bảo`,
    expected: {
      kind: 'quy_che',
      number: '21/QCPH-THCSLS',
      date: '2022-10-05',
      schoolYear: '2022-2023',
      school: 'Trường THCS Long Sơn',
      parties: ['NT', 'CDTN'],
      signatories: ['Lương Thị Ngọc', 'Trịnh Văn Bảo'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { D1: 'Hàng tháng', D2: 'Đầu năm học' },
    },
  },
  {
    id: 'c07-signature-beside-recipients',
    phenomena: ['signer title on the Nơi nhận line', 'signature interleaved with recipients', 'KH number'],
    text: `TRƯỜNG THPT NGUYỄN DU
BAN ĐẠI DIỆN CMHS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 34/KH-THPTND
Đông Hà, ngày 28 tháng 9 năm 2023
KẾ HOẠCH
Phối hợp giữa nhà trường và Ban đại diện cha mẹ học sinh năm học 2023-2024
Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 ban hành Điều lệ Ban đại diện cha mẹ học sinh;
Căn cứ Kế hoạch năm học 2023-2024 của nhà trường;
Trường THPT Nguyễn Du và Ban đại diện cha mẹ học sinh xây dựng kế hoạch phối hợp như sau:
I. MỤC ĐÍCH
Tăng cường sự phối hợp giữa nhà trường và gia đình trong giáo dục học sinh.
II. NỘI DUNG
1. Nhà trường phối hợp với Ban đại diện CMHS tổ chức họp cha mẹ học sinh 3 lần/năm.
2. Ban đại diện CMHS phối hợp với nhà trường vận động học sinh đến trường đầu năm học.
3. Giáo viên chủ nhiệm thông tin tình hình học tập của học sinh hằng tuần.
Nơi nhận: TM. BAN ĐẠI DIỆN CMHS                  HIỆU TRƯỞNG
- Sở GD&ĐT (b/c);          TRƯỞNG BAN
- Các lớp (t/h);
- Lưu: VT.
                           Hồ Văn Thành                    Ngô Thị Bích`,
    expected: {
      kind: 'ke_hoach',
      number: '34/KH-THPTND',
      date: '2023-09-28',
      schoolYear: '2023-2024',
      school: 'Trường THPT Nguyễn Du',
      parties: ['NT', 'CMHS'],
      signatories: ['Hồ Văn Thành', 'Ngô Thị Bích'],
      legalBases: 2,
      supersedes: false,
      recipients: ['Sở GD&ĐT (b/c)', 'Các lớp (t/h)', 'Lưu: VT'],
      times: { 'II.1': '3 lần/năm', 'II.2': 'Đầu năm học' },
    },
  },
  {
    id: 'c08-heading-padded-spaces',
    phenomena: ['two heading columns padded with runs of spaces', 'date after a comma with space', 'a) items'],
    text: `UBND XÃ TÂN HÒA                              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON TÂN HÒA                         Độc lập - Tự do - Hạnh phúc
Số:  09/QC-MNTH                                 Tân Hòa , ngày 12 tháng 10 năm 2020
QUY CHẾ PHỐI HỢP
Giữa nhà trường, Công đoàn và Chi đoàn
Năm học 2020 - 2021
Căn cứ Điều lệ trường mầm non ban hành kèm theo Văn bản hợp nhất số 04/VBHN-BGDĐT ngày 24/12/2015;
Căn cứ Điều lệ Công đoàn Việt Nam; Điều lệ Đoàn TNCS Hồ Chí Minh;
Nhà trường, Công đoàn và Chi đoàn thống nhất quy chế phối hợp như sau:
Điều 1. Trách nhiệm chung
a) Nhà trường chủ trì, phối hợp với Công đoàn và Chi đoàn xây dựng kế hoạch năm học.
b) Ba bên họp giao ban mỗi tháng một lần.
Điều 2. Trách nhiệm của Chi đoàn
a) Chi đoàn phối hợp với Công đoàn tổ chức hoạt động chào mừng ngày 26/3.
b) Chi đoàn tham gia xây dựng trường xanh, sạch, đẹp thường xuyên.
HIỆU TRƯỞNG                  TM. BCH CÔNG ĐOÀN               TM. BCH CHI ĐOÀN
                              CHỦ TỊCH                         BÍ THƯ
Đặng Thị Hoa                  Lê Thị Ngân                      Trương Văn Dũng`,
    expected: {
      kind: 'quy_che',
      number: '09/QC-MNTH',
      date: '2020-10-12',
      schoolYear: '2020-2021',
      school: 'Trường Mầm non Tân Hòa',
      parties: ['NT', 'CD', 'CDTN'],
      signatories: ['Đặng Thị Hoa', 'Lê Thị Ngân', 'Trương Văn Dũng'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { 'D1.a': '', 'D2.a': 'T3', 'D2.b': 'Thường xuyên' },
    },
  },
  {
    id: 'c09-glued-words-and-tables',
    phenomena: ['words glued', 'table turned into run-on text', 'Căn cứ heading with un-prefixed lines'],
    text: `TRƯỜNG TH, THCS VÀ THPT VĂN HIẾN
KẾ HOẠCH
TỔ CHỨC CÁC HỘI NGHỊ CHA MẸ HỌC SINH VÀ PHỐI HỢP VỚI BAN ĐẠI DIỆN
NĂM HỌC 2022 - 2023
Căn cứ:
Thông tư số 13/2011/TT-BGDĐT ngày 28/3/2011 của Bộ GD&ĐT về quy chế tổ chức và hoạt động các trường tư thục;
Điều lệ Ban đại diện cha mẹ học sinh (ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011);
Tình hình thực tế của nhà trường năm học 2022-2023,
Trường phối hợp với Ban đại diện cha mẹ học sinh xây dựng kếhoạch tổchức các hội nghị như sau:
I. BAN TỔ CHỨC
1. Trưởng ban: Trưởng ban đại diện CMHS trường và Hiệu trưởng.
2. Ủy viên: các thành viên Ban đại diện CMHS, giáo viên chủ nhiệm.
II. THỜI GIAN TỔ CHỨC
Quy mô Hội nghị Thời gian Người chủ trì Hội nghị đầu năm 14h30, 17/9 Hiệu trưởng Hội nghị cuối học kỳ I 14h30, 14/1 Trưởng ban
1. Nhà trường chủ trì, phối hợp với Ban đại diện tổ chức hội nghị cha mẹ học sinh cuối mỗi học kỳ.
HIỆU TRƯỞNG
Nguyễn Minh Trí`,
    expected: {
      kind: 'ke_hoach',
      number: null,
      date: null,
      schoolYear: '2022-2023',
      school: 'Trường TH, THCS và THPT Văn Hiến',
      parties: ['NT', 'CMHS'],
      signatories: ['Nguyễn Minh Trí'],
      legalBases: 2,
      supersedes: false,
      recipients: [],
      times: { 'II.1': 'Mỗi học kỳ' },
    },
  },
  {
    id: 'c10-unfilled-slots',
    phenomena: [
      'Số:      /QC-…',
      'Quyết định số     /QĐ-…',
      'ngày     tháng     năm 20…',
      'effective date with blank day',
    ],
    text: `PHÒNG GD&ĐT PHÚ MỸ
TRƯỜNG MN HƯƠNG SEN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /QC-MNHS
Hương Sen , ngày     tháng     năm 20…
QUY CHẾ PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN
NĂM HỌC 2025 -2026
( Ban hành kèm theo quyết định số     /QĐ-MNHS ngày     tháng    năm 2025 của Hiệu trưởng trường Mầm Non Hương Sen)
- Căn cứ chỉ thị số 30/CT-TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở.
- Căn cứ luật CĐ và nghị định số 43/2013/NĐ-CP ngày 10/5/2013 về thi hành luật CĐ
BGH nhà trường và BCH CĐ trường MN Hương Sen thống nhất xây dựng quy chế phối hợp như sau:
I- VỀ QUAN HỆ PHỐI HỢP THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN
1- Hiệu trưởng nhà trường có trách nhiệm thông tin đầy đủ, kịp thời chủ trương của ngành tới Công đoàn.
2- BCH CĐ phối hợp với BGH tổ chức hội thi giáo viên dạy giỏi cấp trường vào tháng 11.
II- HIỆU LỰC
Quy chế có hiệu lực kể từ ngày     tháng     năm 2025.
TM. BCH CÔNG ĐOÀN                    HIỆU TRƯỞNG
CHỦ TỊCH
Bùi Thị Duyên                          Tạ Thị Liên`,
    expected: {
      kind: 'quy_che',
      number: '/QC-MNHS',
      date: null,
      schoolYear: '2025-2026',
      school: 'Trường Mầm non Hương Sen',
      parties: ['NT', 'CD'],
      signatories: ['Bùi Thị Duyên', 'Tạ Thị Liên'],
      legalBases: 3,
      supersedes: false,
      recipients: [],
      times: { 'I.1': '', 'I.2': 'T11' },
    },
  },
  {
    id: 'c11-print-view-related',
    phenomena: ['post date on its own line with comments', 'In bài / Chia sẻ buttons', 'Tin liên quan footer'],
    text: `14/ 03/ 2022 08:35:00 0 Bình luận
In bài
Chia sẻ
PHÒNG GD&ĐT THANH TRÌ
TRƯỜNG THCS TẢ THANH OAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 17/KHPH-THCS
Tả Thanh Oai, ngày 08 tháng 3 năm 2022
KẾ HOẠCH PHỐI HỢP
GIỮA NHÀ TRƯỜNG VỚI CÔNG AN XÃ VÀ UBND XÃ TẢ THANH OAI
VỀ CÔNG TÁC AN NINH TRẬT TỰ TRƯỜNG HỌC NĂM HỌC 2021-2022
Căn cứ Thông tư liên tịch số 06/2012/TTLT-BCA-BQP-BGDĐT ngày 28/5/2012;
I. NỘI DUNG PHỐI HỢP
1. Nhà trường phối hợp với Công an xã tuyên truyền phòng chống ma túy định kỳ hằng quý.
2. UBND xã chỉ đạo các ban ngành phối hợp với nhà trường giữ gìn an ninh trước ngày 15/4.
3. Công an xã phối hợp với nhà trường xử lý vụ việc khi có yêu cầu.
Nơi nhận:
- UBND xã (b/c);
- Công an xã (p/h);
- Lưu VT.
TM. UBND XÃ                         HIỆU TRƯỞNG
PHÓ CHỦ TỊCH
Kiều Văn Tám                        Đinh Thị Yến
Tin liên quan
Kế hoạch phòng chống dịch năm học 2021-2022`,
    expected: {
      kind: 'ke_hoach',
      number: '17/KHPH-THCS',
      date: '2022-03-08',
      schoolYear: '2021-2022',
      school: 'Trường THCS Tả Thanh Oai',
      parties: ['NT', 'UBND', 'OTHER:Công an xã'],
      signatories: ['Kiều Văn Tám', 'Đinh Thị Yến'],
      legalBases: 1,
      supersedes: false,
      recipients: ['UBND xã (b/c)', 'Công an xã (p/h)', 'Lưu VT'],
      times: { 'I.1': 'Hàng quý', 'I.2': 'T4', 'I.3': 'Đột xuất' },
    },
  },
];
