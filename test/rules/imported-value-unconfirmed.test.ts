import { runRuleTests } from '../helpers/rule-tester';
import { contentToGrids, example, exampleWith } from '../helpers/content-grids';

// Notes as `phoihop import` writes them (index: DOCUMENT_FIELDS order for Văn bản, row index for a block).
const ISSUER = 4;
const SCHOOL_CHECK = 'Kiểm tra lại: tên trường lấy từ nội dung, phần đầu văn bản không ghi.';
const SOURCE = 'Đọc từ dòng 7: Điều 1. Trường Mầm non Hoa Mai và Công đoàn phối hợp thực hiện nhiệm vụ năm học.';
const CADENCE_CHECK = 'Kiểm tra lại: Chu kỳ lấy từ tiêu đề của điều hoặc mục.';

runRuleTests('imported-value-unconfirmed', {
  valid: [
    { name: 'a workbook with no notes', content: example() },
    {
      name: 'notes that only say where a value was read from',
      content: exampleWith((c) => {
        c.notes = { document: { [ISSUER]: SOURCE }, responsibilities: { 1: 'Bản nháp từ dòng 9: kiểm tra Chủ trì.' } };
      }),
    },
    {
      name: 'the clerk confirmed the values: the «Kiểm tra lại» line is gone, the source line stays',
      content: exampleWith((c) => {
        c.notes = { document: { [ISSUER]: SOURCE }, responsibilities: { 1: 'Chu kỳ đọc từ dòng 8: "hằng quý".' } };
      }),
    },
    {
      name: 'a marker not on the first line, or on no data row (the header, an emptied field)',
      content: (() => {
        const grids = contentToGrids(
          exampleWith((c) => {
            c.document.place = '';
            c.notes = { document: { [ISSUER]: `${SOURCE}\n${SCHOOL_CHECK}`, 5: SCHOOL_CHECK } };
          }),
        );
        grids.find((g) => g.name === 'Phân công')!.notes = { C1: CADENCE_CHECK, A40: CADENCE_CHECK };
        return grids;
      })(),
    },
  ],
  invalid: [
    {
      name: 'a marker on a Văn bản field',
      content: exampleWith((c) => (c.notes = { document: { [ISSUER]: `${SCHOOL_CHECK}\n${SOURCE}` } })),
      errors: [
        {
          messageId: 'field',
          sheet: 'Văn bản',
          cell: 'B6',
          entity: 'B6',
          vi: [
            'Ô B6 (Đơn vị ban hành) có giá trị "TRƯỜNG MẦM NON HOA MAI" do phần mềm suy ra',
            'chưa được xác nhận: tên trường lấy từ nội dung, phần đầu văn bản không ghi. Đối chiếu',
          ],
          en: ['Cell B6 (Đơn vị ban hành) holds "TRƯỜNG MẦM NON HOA MAI"'],
        },
      ],
    },
    {
      name: 'a marker on a Phân công row, named by its task',
      content: exampleWith((c) => (c.notes = { responsibilities: { 1: `${CADENCE_CHECK}\nBản nháp từ dòng 9.` } })),
      errors: [
        {
          messageId: 'row',
          sheet: 'Phân công',
          cell: 'A3',
          vi: [
            'Dòng 3 của trang Phân công (Nhiệm vụ "Tổ chức Hội nghị viên chức, người lao động đầu năm học")',
            'chưa được xác nhận: Chu kỳ lấy từ tiêu đề của điều hoặc mục. Đối chiếu',
            'ghi chú của ô A3.',
          ],
        },
      ],
    },
    {
      name: 'the English marker, and either marker in another case, spacing or Unicode form',
      content: exampleWith((c) => {
        c.notes = {
          document: { [ISSUER]: '\n  CHECK :  the school name comes from the body' },
          parties: { 1: 'kiểm  tra LẠI: bên này chỉ được nêu trong các điều khoản.'.normalize('NFD') },
        };
      }),
      errors: [
        { sheet: 'Văn bản', cell: 'B6', vi: ['chưa được xác nhận: the school name comes from the body. Đối chiếu'] },
        { messageId: 'row', sheet: 'Các bên', cell: 'A3', vi: ['(Tên bên "', 'chỉ được nêu trong các điều khoản.'] },
      ],
    },
    {
      name: 'a marker left with nothing to say, and one on a cell other than the row’s first',
      content: (() => {
        const grids = contentToGrids(exampleWith((c) => (c.notes = { document: { 7: 'Kiểm tra lại:' } })));
        grids.find((g) => g.name === 'Phân công')!.notes = { F4: CADENCE_CHECK };
        return grids;
      })(),
      errors: [
        {
          messageId: 'fieldBare',
          cell: 'B9',
          vi: ['Ô B9 (Năm học) có giá trị "2026-2027"', 'chưa được xác nhận. Đối'],
        },
        { messageId: 'field', sheet: 'Phân công', cell: 'F4', vi: ['Ô F4 (Chu kỳ) có giá trị "Hàng tháng"'] },
      ],
    },
  ],
});
