// Test regulations written for these tests (fictional schools and people), each exercising
// constructs real documents use: two-column headings and signatures, Chương/Điều, roman
// sections, 1.1 and a) numbering, bullets, TCVN3 and VNI words, NFD text, Markdown left by
// converters, a regulation issued with a decision, supersession, party abbreviations.
import { convertLegacyLine } from '../../src/core/import';
import type { Extraction } from '../../src/core/import/types';

/** Unicode → TCVN3 (the inverse of the importer's table), to write legacy words in tests. */
const TCVN3: Record<string, string> = {
  Ă: '\u00a1',
  Â: '\u00a2',
  Ê: '\u00a3',
  Ô: '\u00a4',
  Ơ: '\u00a5',
  Ư: '\u00a6',
  Đ: '\u00a7',
  ă: '\u00a8',
  â: '\u00a9',
  ê: '\u00aa',
  ô: '\u00ab',
  ơ: '\u00ac',
  ư: '\u00ad',
  đ: '\u00ae',
  à: '\u00b5',
  ả: '\u00b6',
  ã: '\u00b7',
  á: '\u00b8',
  ạ: '\u00b9',
  ằ: '\u00bb',
  ẳ: '\u00bc',
  ẵ: '\u00bd',
  ắ: '\u00be',
  ặ: '\u00c6',
  ầ: '\u00c7',
  ẩ: '\u00c8',
  ẫ: '\u00c9',
  ấ: '\u00ca',
  ậ: '\u00cb',
  è: '\u00cc',
  ẻ: '\u00ce',
  ẽ: '\u00cf',
  é: '\u00d0',
  ẹ: '\u00d1',
  ề: '\u00d2',
  ể: '\u00d3',
  ễ: '\u00d4',
  ế: '\u00d5',
  ệ: '\u00d6',
  ì: '\u00d7',
  ỉ: '\u00d8',
  ĩ: '\u00dc',
  í: '\u00dd',
  ị: '\u00de',
  ò: '\u00df',
  ỏ: '\u00e1',
  õ: '\u00e2',
  ó: '\u00e3',
  ọ: '\u00e4',
  ồ: '\u00e5',
  ổ: '\u00e6',
  ỗ: '\u00e7',
  ố: '\u00e8',
  ộ: '\u00e9',
  ờ: '\u00ea',
  ở: '\u00eb',
  ỡ: '\u00ec',
  ớ: '\u00ed',
  ợ: '\u00ee',
  ù: '\u00ef',
  ủ: '\u00f1',
  ũ: '\u00f2',
  ú: '\u00f3',
  ụ: '\u00f4',
  ừ: '\u00f5',
  ử: '\u00f6',
  ữ: '\u00f7',
  ứ: '\u00f8',
  ự: '\u00f9',
  ỳ: '\u00fa',
  ỷ: '\u00fb',
  ỹ: '\u00fc',
  ý: '\u00fd',
  ỵ: '\u00fe',
};
export const toTcvn3 = (s: string) =>
  [...s.normalize('NFC')].map((c) => TCVN3[c] ?? TCVN3[c.toLowerCase()] ?? c).join('');

// VNI-Windows: base letter + mark characters.
const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRC: Record<string, string> = {
  '': 'â',
  '\u0301': 'á',
  '\u0300': 'à',
  '\u0309': 'å',
  '\u0303': 'ã',
  '\u0323': 'ä',
};
const VNI_BREVE: Record<string, string> = {
  '': 'ê',
  '\u0301': 'é',
  '\u0300': 'è',
  '\u0309': 'ú',
  '\u0303': 'ü',
  '\u0323': 'ë',
};
const VNI_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
/** Unicode → VNI-Windows; a capital takes the capital forms of its base and mark keys. */
export function toVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (ch !== ch.toLowerCase()) {
      out += toVni(ch.toLowerCase()).toUpperCase();
      continue;
    }
    if (ch === 'đ') {
      out += 'ñ';
      continue;
    }
    const d = ch.normalize('NFD');
    const base = d[0];
    const marks = d.slice(1);
    const tone = [...marks].find((m) => m in VNI_TONE) ?? '';
    if (!/[aeiouy]/.test(base) || marks === '') {
      out += ch;
      continue;
    }
    if (marks.includes('\u0302')) out += base + VNI_CIRC[tone];
    else if (marks.includes('\u0306')) out += base + VNI_BREVE[tone];
    else if (marks.includes('\u031b')) out += (base === 'o' ? 'ô' : 'ö') + (tone ? VNI_TONE[tone] : '');
    else if (base === 'i') out += VNI_I[tone];
    else if (base === 'y' && tone === '\u0323') out += 'î';
    else out += base + VNI_TONE[tone];
  }
  return out;
}

export const TCVN3_SENTENCE = 'Phát huy vai trò của các tổ chức trong trường.';
export const VNI_SENTENCE = 'Ban đại diện cha mẹ học sinh vận động phụ huynh tham gia đóng góp ý kiến hằng tháng.';
export const NFD_SENTENCE = 'Hội Khuyến học xã trao học bổng cho học sinh cuối năm học.';

/**
 * A: a quy chế with a two-column heading on tabs, Chương/Điều with a) b) and bullets, several
 * bases on one line, supersession by number, a same-line two-column signature, Nơi nhận, then
 * the party cell signing after Nơi nhận. Party abbreviations BCHCĐ, CĐCS, BGH, Chính quyền.
 */
export const DOC_A = [
  'PHÒNG GD&ĐT HUYỆN ĐÔNG ANH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TRƯỜNG MẦM NON HOA MAI\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 12/QCPH-MNHM\t\tĐông Anh, ngày 05 tháng 9 năm 2025',
  '',
  'QUY CHẾ',
  'Phối hợp giữa Chính quyền và Ban Chấp hành Công đoàn cơ sở',
  'Năm học 2025-2026',
  '',
  'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024; Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022;',
  'Căn cứ Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường mầm non và Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ Giáo dục và Đào tạo về việc hướng dẫn thực hiện dân chủ;',
  'BGH và BCHCĐ thống nhất ban hành quy chế phối hợp như sau:',
  '',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi áp dụng',
  'Quy chế này quy định việc phối hợp giữa nhà trường và công đoàn cơ sở.',
  'Điều 2. Nguyên tắc phối hợp',
  'a) Tôn trọng chức năng, nhiệm vụ của mỗi bên;',
  `b) ${toTcvn3(TCVN3_SENTENCE)}`,
  'Chương II',
  'NỘI DUNG PHỐI HỢP',
  'Điều 3. Công tác thi đua',
  '1. Nhà trường chủ trì, phối hợp với CĐCS tổ chức phát động thi đua mỗi học kỳ.',
  '2. BCHCĐ phối hợp với BGH tổ chức Hội nghị viên chức vào tháng 9 hằng năm.',
  'Điều 4. Chăm lo đời sống',
  '- Công đoàn thăm hỏi đoàn viên ốm đau đột xuất.',
  '- Nhà trường tạo điều kiện để Công đoàn tổ chức tham quan hàng năm.',
  'Chương III',
  'TỔ CHỨC THỰC HIỆN',
  'Điều 5. Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế phối hợp số 08/QCPH-MNHM ngày 06/9/2024.',
  '',
  'TM. BCH CÔNG ĐOÀN\t\t\tHIỆU TRƯỞNG',
  'CHỦ TỊCH',
  '\t\t\t',
  'Lê Thị Hương\t\t\tTrần Văn Minh',
  '',
  'Nơi nhận:',
  '- Phòng GD&ĐT (để b/c);',
  '- BCH Công đoàn;',
  '- Lưu: VT.',
  '',
  'TM. CHI BỘ',
  'BÍ THƯ',
  'Đinh Văn Khoa',
].join('\n');

/**
 * B: a kế hoạch liên tịch with roman sections, 1.1 numbering, a) items and + sub-bullets, a
 * "Thực hiện" basis, VNI and NFD sentences, the school year only in the body, a numeric date,
 * and a flattened two-column signature block (titles, then names) with TM. + KT. stacked for
 * the commune committee and T/M for the parents' board.
 */
/** DOC_A with its TCVN3 phrase, VNI phrase and NFD text made Unicode: the original a damaged copy is read against. */
export const UNICODE_A = DOC_A.split('\n')
  .map((l) => convertLegacyLine(l.normalize('NFC')).text)
  .join('\n');

/** What a reader checks of an import: the headline values and how many clauses. */
export const headlineOf = (x: Extraction) => ({
  number: x.fields.number?.value,
  issuer: x.fields.issuer?.value,
  issueDate: x.facts.issueDate,
  schoolYear: x.facts.schoolYear,
  kind: x.facts.kind,
  parties: x.parties.map((p) => p.code),
  signatories: x.signatories.map((s) => s.name),
  bases: x.legalBases.length,
  recipients: x.recipients.map((r) => r.text),
  clauseCount: x.clauses.length,
});

export const DOC_B = [
  'UBND XÃ TÂN LẬP',
  'TRƯỜNG TIỂU HỌC TÂN LẬP',
  'Tân Lập, ngày 14/10/2024',
  'KẾ HOẠCH LIÊN TỊCH',
  'Phối hợp giữa nhà trường với Ban đại diện cha mẹ học sinh và các đoàn thể xã',
  'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/9/2024 của UBND xã Tân Lập về công tác giáo dục năm học 2024-2025;',
  'I. MỤC ĐÍCH',
  '- Huy động các lực lượng xã hội chăm lo cho học sinh.',
  'II. NỘI DUNG',
  '1. Phối hợp với cha mẹ học sinh',
  '1.1 Nhà trường phối hợp với BĐD CMHS tổ chức họp phụ huynh 3 lần/năm.',
  `1.2 ${toVni(VNI_SENTENCE)}`,
  '2. Phối hợp với các đoàn thể xã',
  'a) UBND xã chủ trì, phối hợp với nhà trường tổ chức Ngày hội toàn dân đưa trẻ đến trường vào tháng 8.',
  'b) Hội LHPN xã, Hội CCB xã phối hợp với nhà trường giáo dục truyền thống định kỳ hằng quý:',
  '+ Tổ chức nói chuyện truyền thống nhân ngày 22/12.',
  '+ Tổ chức tham quan di tích lịch sử.',
  `c) ${NFD_SENTENCE.normalize('NFD')}`,
  'III. TỔ CHỨC THỰC HIỆN',
  'Các bên căn cứ kế hoạch này để triển khai thực hiện trong năm học 2024-2025.',
  '',
  'TM. ỦY BAN NHÂN DÂN XÃ',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'T/M BAN ĐẠI DIỆN CMHS',
  'TRƯỞNG BAN',
  'Nguyễn Văn Bình',
  'Phạm Thu Trang',
  'HIỆU TRƯỞNG',
  'TM. HỘI LHPN XÃ',
  'CHỦ TỊCH',
  'Đỗ Thị Lan',
  'Vũ Thị Mai',
].join('\n');

/**
 * C: a decision that issues the regulation, then the regulation "(Ban hành kèm theo Quyết định
 * số …)", with Markdown leftovers (## headings, **bold**), smart quotes, NBSP, "Điều 1:" with a
 * colon, "1-" numbering, a repeated Điều 3, supersession by title and school year, and a
 * same-line signature where a deputy signs KT. for the principal.
 */
export const DOC_C = [
  'PHÒNG GD&ĐT QUẬN CẦU GIẤY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TRƯỜNG MẦM NON SƠN CA\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 21/QĐ-MNSC\tCầu Giấy, ngày 02 tháng 10 năm 2023',
  '',
  'QUYẾT ĐỊNH',
  'Về việc ban hành Quy chế phối hợp giữa Nhà trường và Chi đoàn năm học 2023-2024',
  'HIỆU TRƯỞNG TRƯỜNG MẦM NON SƠN CA',
  'Căn cứ Điều lệ trường mầm non ban hành kèm theo Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ GD&ĐT;',
  'Theo đề nghị của Bí thư Chi đoàn,',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Nhà trường và Chi đoàn năm học 2023-2024.',
  'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
  'Điều 3. Các bộ phận và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT.',
  'HIỆU TRƯỞNG',
  '(Đã ký)',
  'Hoàng Thị Yến',
  '',
  'TRƯỜNG MẦM NON SƠN CA',
  '**QUY CHẾ**',
  '**Phối hợp giữa Nhà trường và Chi đoàn năm học 2023-2024**',
  '*(Ban hành kèm theo Quyết định số 21/QĐ-MNSC ngày 02/10/2023',
  'của Hiệu trưởng Trường Mầm non Sơn Ca)*',
  '## **Chương I. QUY ĐỊNH CHUNG**',
  '**Điều 1:** Chi đoàn là lực lượng xung kích trong các phong trào của nhà\u00a0trường.',
  '**Điều 2:** Nhà trường tạo điều kiện cho Chi đoàn hoạt động; Chi đoàn báo cáo kết quả “từng quý”.',
  '## **Chương II. NỘI DUNG PHỐI HỢP**',
  '**Điều 3:** Phối hợp tổ chức các hoạt động cho trẻ',
  '1- Chi đoàn chủ trì, phối hợp với Công đoàn tổ chức Tết Trung thu cho trẻ vào tháng 9.',
  '2- Nhà trường cùng Chi đoàn tổ chức ngày hội 26/3.',
  '**Điều 3:** Quy chế này thay thế Quy chế phối hợp giữa Nhà trường và Chi đoàn năm học 2022 – 2023.',
  '',
  'T/M BCH CHI ĐOÀN\tKT. HIỆU TRƯỞNG',
  'BÍ THƯ\tPHÓ HIỆU TRƯỞNG',
  '',
  'Ngô Minh Tuấn\tLý Thị Hoa',
].join('\n');
