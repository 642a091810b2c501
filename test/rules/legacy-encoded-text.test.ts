import { runRuleTests } from '../helpers/rule-tester';
import { contentToGrids, example, exampleWith } from '../helpers/content-grids';
import { toTcvn3, toVni } from '../import/documents';

runRuleTests('legacy-encoded-text', {
  valid: [
    { name: 'a workbook typed in Unicode', content: example() },
    {
      name: 'Unicode text with symbols and quotes that exist in legacy tables too',
      content: exampleWith((c) => {
        c.blocks.responsibilities![0].task = 'Theo dõi nhiệt độ phòng học (30°C) vào tháng 6';
        c.blocks.responsibilities![1].note = 'Trích «Điều lệ trường mầm non» nguyên văn';
        c.blocks.parties![3].note = '© Ban đại diện, nhiệm kỳ 1½ năm';
      }),
    },
  ],
  invalid: [
    {
      name: 'a party name typed with a .VnTime font (TCVN3)',
      content: exampleWith((c) => (c.blocks.parties![1].name = toTcvn3('Ban Chấp hành Công đoàn cơ sở'))),
      errors: [
        {
          messageId: 'value',
          sheet: 'Các bên',
          cell: 'B3',
          entity: 'B3',
          vi: ['bảng mã cũ TCVN3 (ABC)', 'đọc là "Ban Chấp hành Công đoàn cơ sở"', '(cột Tên bên)'],
        },
      ],
    },
    {
      name: 'a task typed with a VNI font',
      content: exampleWith(
        (c) => (c.blocks.responsibilities![2].task = toVni('tổ chức hội nghị viên chức đầu năm học')),
      ),
      errors: [
        { sheet: 'Phân công', cell: 'C4', vi: ['VNI Windows', 'đọc là "tổ chức hội nghị viên chức đầu năm học"'] },
      ],
    },
    {
      name: 'a legacy phrase pasted into a Unicode cell, and a document field',
      content: exampleWith((c) => {
        c.blocks.responsibilities![0].evidence = `Biên bản ${toTcvn3('họp giao ban hàng tháng')}`;
        c.document.adoptedAt = toTcvn3('Hội nghị viên chức, người lao động');
      }),
      errors: [
        { sheet: 'Văn bản', vi: ['đọc là "Hội nghị viên chức, người lao động"'] },
        { sheet: 'Phân công', cell: 'H2', vi: ['đọc là "Biên bản họp giao ban hàng tháng"'] },
      ],
    },
    {
      name: 'a whole sheet typed with a .VnTime font: its name and headers are read as what they say, and named',
      content: (() => {
        const grids = contentToGrids(example());
        const parties = grids.find((g) => g.name === 'Các bên')!;
        parties.name = toTcvn3('Các bên');
        parties.tables = [];
        parties.rows[0] = parties.rows[0].map((h) => (h === 'Tên bên' ? toTcvn3('Tên bên') : h));
        return grids;
      })(),
      errors: [
        { messageId: 'sheetName', sheet: toTcvn3('Các bên'), cell: null, vi: ['đọc là "Các bên"'] },
        {
          messageId: 'header',
          sheet: toTcvn3('Các bên'),
          cell: 'B1',
          vi: ['đọc là "Tên bên", nên được nhận là cột Tên bên'],
        },
      ],
    },
  ],
});
