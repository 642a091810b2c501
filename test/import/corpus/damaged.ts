// Corpus, part 3: pages whose text arrives damaged. Each is written here in Unicode and damaged
// at load time the way it happens in the wild: the whole page as UTF-8 read in Windows-1252,
// a body typed in a .VnTime (TCVN3) font pasted into a Unicode page, a body in VNI-Windows.
import { toTcvn3, toVni } from '../documents';
import { CONVENTION_DOCS } from './conventions';
import type { CorpusDoc } from './types';

const mojibake = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'));

const C17 = `PHÒNG GD&ĐT THỊ XÃ PHÚ LÂM
TRƯỜNG THCS PHÚ LÂM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 07/QC-THCSPL
Phú Lâm , ngày 30 tháng 9 năm 2024
QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2024-2025
Căn cứ Luật Công đoàn số 12/2012/QH13 ngày 20/6/2012;
Căn cứ Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020;
I. NGUYÊN TẮC
Hai bên tôn trọng chức năng của nhau.
II. NỘI DUNG
1. Nhà trường phối hợp với Công đoàn giao ban hằng tháng.
2. Công đoàn phối hợp với nhà trường bình xét thi đua cuối năm học.
Nơi nhận:
- Phòng GD&ĐT (b/c);
- Lưu VT.
TM. BCH CÔNG ĐOÀN                 HIỆU TRƯỞNG
CHỦ TỊCH
Tô Thị Mận                        Kha Văn Bình`;

const C18_HEAD = `PHÒNG GD&ĐT HUYỆN SƠN ĐỘNG
TRƯỜNG MẦM NON SAO CHỔI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 03/QC-MNSC
Sao Chổi, ngày 04 tháng 10 năm 2019
QUY CHẾ PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2019-2020`;
const C18_BODY = `Căn cứ Luật Công đoàn năm 2012;
Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;
Điều 1. Nhà trường phối hợp với Công đoàn đánh giá thi đua định kỳ hằng quý.
Điều 2. Công đoàn phối hợp với nhà trường tổ chức đại hội công đoàn vào đầu năm học.`;
const C18_TAIL = `TM. BCH CÔNG ĐOÀN                 HIỆU TRƯỞNG
CHỦ TỊCH
Ninh Thị Hảo                      Âu Văn Cường`;

const C19_HEAD = `TRƯỜNG TIỂU HỌC TÂN HIỆP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/KH-THTH
Tân Hiệp, ngày 21 tháng 9 năm 2020
KẾ HOẠCH PHỐI HỢP
GIỮA NHÀ TRƯỜNG VÀ BAN ĐẠI DIỆN CHA MẸ HỌC SINH NĂM HỌC 2020-2021
Căn cứ Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011;
I. NỘI DUNG`;
const C19_BODY = `1. Nhà trường phối hợp với Ban đại diện cha mẹ học sinh nắm tình hình học sinh hằng tháng.
2. Ban đại diện cha mẹ học sinh phối hợp với nhà trường khen thưởng học sinh mỗi học kỳ.`;
const C19_TAIL = `TRƯỞNG BAN ĐẠI DIỆN CMHS            HIỆU TRƯỞNG
Quách Văn Nam                       Đoàn Thị Thủy`;

const TEXTS: Record<string, string> = {
  'c17-mojibake-page': mojibake(C17),
  'c18-tcvn3-body': [C18_HEAD, toTcvn3(C18_BODY), C18_TAIL].join('\n'),
  'c19-vni-body': [C19_HEAD, toVni(C19_BODY), C19_TAIL].join('\n'),
};

/** The convention documents with the damaged ones' text filled in. */
export const CONVENTION_AND_DAMAGED_DOCS: CorpusDoc[] = CONVENTION_DOCS.map((d) =>
  TEXTS[d.id] ? { ...d, text: TEXTS[d.id] } : d,
);
