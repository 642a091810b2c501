// The heading's fields read the same whatever the layout: the issuing unit under the sector's
// union, a draft's note under the title, a title in capitals on a page that puts a blank line after
// every line, and a heading's or signature's columns run into one line. Documents written here.
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { splitMergedColumns } from '../../src/core/import/columns';

const body = `Căn cứ Luật Công đoàn số 50/2024/QH15;
Điều 1. Nhà trường chủ trì, Công đoàn phối hợp tổ chức hội nghị viên chức vào tháng 10.
Điều 2. Công đoàn chủ trì thăm hỏi đoàn viên ốm đau hằng tháng.
TM. BCH CÔNG ĐOÀN                          HIỆU TRƯỞNG
CHỦ TỊCH
Lâm Thị Thoa                               Hứa Văn Dần`;

const read = (text: string) => importText(text).extraction.fields;

describe('the issuing unit and its authority', () => {
  it('takes the school under the sector’s union as the unit, the union as its authority', () => {
    const f = read(`CÔNG ĐOÀN GIÁO DỤC THỊ XÃ BẮC ĐỒNG
TRƯỜNG THCS CÁT TƯỜNG                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
Số: 07/KHLT-THCSCT                           Cát Tường, ngày 03 tháng 10 năm 2025
KẾ HOẠCH LIÊN TỊCH
Giữa Nhà trường và Công đoàn năm học 2025-2026
${body}`);
    expect(f.issuer?.value).toBe('TRƯỜNG THCS CÁT TƯỜNG');
    expect(f.managingAuthority?.value).toBe('CÔNG ĐOÀN GIÁO DỤC THỊ XÃ BẮC ĐỒNG');
  });

  it('takes the school’s own union ("CĐCS TRƯỜNG …") as the unit, also when the columns run into one line', () => {
    const heading = [
      'CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐÁ MỌC               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CĐCS TRƯỜNG TIỂU HỌC SUỐI LAU                 Độc lập - Tự do - Hạnh phúc',
    ];
    const rest = `Số: 03/QC-CĐCS                               Đá Mọc, ngày 10 tháng 10 năm 2025
QUY CHẾ
Phối hợp giữa Công đoàn cơ sở và nhà trường năm học 2025-2026
${body}`;
    const want = { issuer: 'CĐCS TRƯỜNG TIỂU HỌC SUỐI LAU', authority: 'CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐÁ MỌC' };
    const padded = read(`${heading.join('\n')}\n${rest}`);
    // The left column's two lines on one line, then the right column's, as a page may hand them over.
    const left = heading.map((l) => l.split(/\s{7,}/)[0]).join(' ');
    const right = heading.map((l) => l.split(/\s{7,}/)[1]).join(' ');
    const oneLine = read(`${left}\n${right}\n${rest}`);
    for (const f of [padded, oneLine])
      expect({ issuer: f.issuer?.value, authority: f.managingAuthority?.value }).toEqual(want);
  });
});

describe('the bodies of the heading, named as a reader would name them', () => {
  it('keeps a body whose name a narrow cell wrapped before its place as one body', () => {
    const f = read(`ỦY BAN NHÂN DÂN
THỊ XÃ SÔNG MÂY                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
Số: 31/QĐ-UBND                               Sông Mây, ngày 02 tháng 10 năm 2025
QUYẾT ĐỊNH
Về việc ban hành quy chế phối hợp giữa nhà trường và Công đoàn
${body}`);
    expect(f.issuer?.value).toBe('ỦY BAN NHÂN DÂN THỊ XÃ SÔNG MÂY');
    expect(f.managingAuthority).toBeUndefined();
  });

  it('still reads a managing body over the school, each with its place', () => {
    const f = read(`PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
HUYỆN ĐỒI CÁT                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC GÒ SIM                       Độc lập - Tự do - Hạnh phúc
Số: 04/QC-THGS                               Đồi Cát, ngày 12 tháng 9 năm 2025
QUY CHẾ
Phối hợp giữa nhà trường và Công đoàn năm học 2025-2026
${body}`);
    expect(f.issuer?.value).toBe('TRƯỜNG TIỂU HỌC GÒ SIM');
    expect(f.managingAuthority?.value).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỒI CÁT');
  });

  it('leaves out the Quốc hiệu a page ran into the left column, and a cell’s trailing dash or bar', () => {
    // The whole heading on one line, as a PDF's text layer may give it.
    const oneLine =
      read(`CÔNG ĐOÀN GD HUYỆN LÁ XANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS TRƯỜNG MN NẮNG HỒNG Độc lập - Tự do - Hạnh phúc
Lá Xanh, ngày 05 tháng 10 năm 2025
QUY CHẾ
Phối hợp giữa Công đoàn cơ sở và nhà trường năm học 2025-2026
${body}`);
    expect(oneLine.issuer?.value).toBe('CĐCS TRƯỜNG MN NẮNG HỒNG');
    expect(oneLine.managingAuthority?.value).toBe('CÔNG ĐOÀN GD HUYỆN LÁ XANH');
    const barred = read(`PHÒNG GD&ĐT BẾN LAU - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
TRƯỜNG THCS CỒN NỔI | Độc lập - Tự do - Hạnh phúc |
Số: 06/QC-THCSCN | Bến Lau, ngày 09 tháng 9 năm 2025 |
QUY CHẾ PHỐI HỢP
Giữa nhà trường và Công đoàn năm học 2025-2026
${body}`);
    expect(barred.managingAuthority?.value).toBe('PHÒNG GD&ĐT BẾN LAU');
    expect(barred.issuer?.value).toBe('TRƯỜNG THCS CỒN NỔI');
  });
});

describe('the title', () => {
  const heading = `PHÒNG GD&ĐT HUYỆN LŨNG CAO                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA BAN                       Độc lập - Tự do - Hạnh phúc
Số: 11/QCPH-MNHB                             Lũng Cao, ngày 15 tháng 9 năm 2025`;

  it('leaves out a draft’s note under it, "(Dự thảo …)"', () => {
    const f = read(`${heading}
QUY CHẾ
Phối hợp giữa nhà trường và Công đoàn năm học 2025-2026
(Dự thảo trình Hội nghị cán bộ, giáo viên)
${body}`);
    expect(f.title?.value).toBe('Phối hợp giữa nhà trường và Công đoàn năm học 2025-2026');
  });

  it('keeps every line of a title in capitals when a blank line follows each line', () => {
    const title = ['QUY CHẾ', 'PHỐI HỢP GIỮA NHÀ TRƯỜNG VỚI TRẠM Y TẾ XÃ', 'VỀ CÔNG TÁC CHĂM SÓC SỨC KHỎE', 'TRẺ EM'];
    const text = `${heading}\n${title.join('\n')}\n${body}`;
    const spaced = text
      .split('\n')
      .map((l) => l.replace(/\s{7,}/g, ' '))
      .join('\n\n');
    const want = 'PHỐI HỢP GIỮA NHÀ TRƯỜNG VỚI TRẠM Y TẾ XÃ VỀ CÔNG TÁC CHĂM SÓC SỨC KHỎE TRẺ EM';
    expect(read(text).title?.value).toBe(want);
    expect(read(spaced).title?.value).toBe(want);
    // …and stops at the Căn cứ as before.
    expect(read(spaced).title?.value).not.toMatch(/căn cứ/i);
  });
});

describe('columns run into one line', () => {
  it('cuts a party cell’s heading before the Party’s name, a Youth Union’s before its committee', () => {
    expect(splitMergedColumns('ĐẢNG BỘ PHƯỜNG GIA THỤY ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual([
      'ĐẢNG BỘ PHƯỜNG GIA THỤY',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ]);
    expect(splitMergedColumns('ĐOÀN TNCS HỒ CHÍ MINH BCH ĐOÀN TRƯỜNG THPT SÔNG MÃ')).toEqual([
      'ĐOÀN TNCS HỒ CHÍ MINH',
      'BCH ĐOÀN TRƯỜNG THPT SÔNG MÃ',
    ]);
    // A sentence naming the Party is no heading: left whole.
    const sentence = 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam';
    expect(splitMergedColumns(sentence)).toEqual([sentence]);
  });

  it('cuts an approver’s words from the title below them', () => {
    expect(splitMergedColumns('XÁC NHẬN CỦA CHI BỘ BÍ THƯ')).toEqual(['XÁC NHẬN CỦA CHI BỘ', 'BÍ THƯ']);
  });
});
