// Corpus, part 4: what a second reading of real postings found (each text written for these
// tests): a heading typed in ordinary case with the horn of ư lost, a whole page on one line with
// its spaces dropped, and a decision posted without the regulation it issues.
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
];
