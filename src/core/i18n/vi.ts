// Every sentence a user reads, in Vietnamese (the default language). Keys are shared with en.ts.
export const vi = {
  // reading a workbook
  'input.notWorkbook': 'Tệp {{file}} không phải là sổ quy chế phối hợp: không tìm thấy trang tính nào trong số {{sheets}}.',
  'input.missingColumn': 'Tệp {{file}}, trang "{{sheet}}": thiếu cột "{{column}}" ở dòng tiêu đề {{row}}.',
  'input.duplicateColumn': 'Tệp {{file}}, trang "{{sheet}}": cột "{{column}}" xuất hiện hai lần ở dòng tiêu đề {{row}}.',
  'input.tooManyRows': 'Tệp {{file}}, trang "{{sheet}}": có {{rows}} dòng, vượt giới hạn {{limit}} dòng.',
  'input.notXlsx': 'Tệp {{file}} không phải tệp Excel .xlsx hợp lệ ({{detail}}).',
  'input.encrypted': 'Tệp {{file}} được đặt mật khẩu; hãy gỡ mật khẩu trong Excel rồi thử lại.',
  'input.zipBomb': 'Tệp {{file}} khi giải nén lên tới {{size}} MB, vượt giới hạn {{limit}} MB; từ chối đọc để bảo vệ máy.',
  'input.noWorkbookPart': 'Tệp {{file}} là tệp nén nhưng không chứa sổ tính Excel.',
  'input.notFound': 'Không tìm thấy tệp {{file}}.',
  'input.unreadable': 'Không đọc được tệp {{file}}: {{detail}}.',
  'input.tooLarge': 'Tệp {{file}} nặng {{size}} MB, vượt giới hạn {{limit}} MB.',
  'input.legacyDoc': 'Tệp {{file}} là định dạng Word cũ (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx.',
  // rule files
  'rules.invalidJson': 'Tệp luật {{file}} không phải JSON hợp lệ: {{detail}}.',
  'rules.invalidField': 'Tệp luật {{file}}, trường "{{field}}": {{detail}}.',
  'rules.unknownOperator': 'Tệp luật {{file}}, trường "{{field}}": toán tử "{{operator}}" không tồn tại.',
  'rules.unknownFact': 'Tệp luật {{file}}, trường "{{field}}": dữ kiện "{{fact}}" không tồn tại (có: {{known}}).',
  'rules.unknownPath': 'Tệp luật {{file}}, trường "{{field}}": "{{path}}" không phải là thuộc tính của {{given}} (có: {{known}}).',
  'rules.unknownRule': 'Tệp luật {{file}}: không có luật "{{id}}" để ghi đè.',
  'rules.duplicateId': 'Tệp luật {{file}}: mã luật "{{id}}" đã được định nghĩa trong {{other}}.',
  'rules.placeholder': 'Tệp luật {{file}}, trường "{{field}}": biến "{{name}}" không có trong {{given}}.',
  'rules.dirMissing': 'Không tìm thấy thư mục luật {{dir}}.',
  // command line
  'cli.usage': 'Cách dùng: phoihop <lệnh> [tùy chọn]\n\nCác lệnh:\n  template -o TỆP.xlsx [--example]          tạo mẫu trống hoặc ví dụ hoàn chỉnh\n  validate TỆP.xlsx [--rules THƯ_MỤC] [--format stylish|json|sarif] [--lang vi|en]\n                                            kiểm tra sổ quy chế\n  track TỆP.xlsx -o RA.xlsx [--calendar TỆP] [--force]\n                                            tạo sổ theo dõi thực hiện\n  import VĂN_BẢN(.txt/.docx) -o TỆP.xlsx [--format json]\n                                            nhập văn bản có sẵn\n  batch THƯ_MỤC -o BÁO_CÁO.xlsx              kiểm tra cả thư mục\n\nMã thoát: 0 không có lỗi, 1 có lỗi, 2 sai cách dùng hoặc không đọc được tệp.',
  'cli.unknownCommand': 'Lệnh không hợp lệ: "{{command}}". Gõ "phoihop --help" để xem các lệnh.',
  'cli.unknownOption': 'Tùy chọn không hợp lệ cho lệnh {{command}}: "{{option}}".',
  'cli.missingValue': 'Tùy chọn {{option}} cần một giá trị.',
  'cli.missingArgument': 'Lệnh {{command}} cần {{what}}.',
  'cli.badChoice': 'Giá trị "{{value}}" không hợp lệ cho {{option}} (chọn một trong: {{choices}}).',
  'cli.outputIsInput': 'Tệp kết quả không được trùng với tệp đầu vào ({{file}}).',
  'cli.cannotWrite': 'Không ghi được tệp {{file}}: {{detail}}.',
  'cli.written': 'Đã ghi {{file}}.',
  'cli.notImplemented': 'Lệnh {{command}} chưa có trong phiên bản này.',
  'cli.internal': 'Lỗi nội bộ khi chạy {{command}}: {{detail}}. Xin báo lại cho nhóm phát triển.',
  // findings output
  'findings.summary': '{{errors}} lỗi, {{warnings}} cảnh báo, {{infos}} gợi ý',
  'findings.none': 'Không phát hiện vấn đề nào.',
  'severity.error': 'lỗi',
  'severity.warning': 'cảnh báo',
  'severity.info': 'gợi ý',
  'entity.row': 'dòng {{row}}',
} as const;

export type MessageKey = keyof typeof vi;
