// Syllables and pairs of syllables frequent in school regulations and administrative Vietnamese,
// written from knowledge of the language (no document's text): the guess of a lost byte
// (lost-bytes.ts) prefers a syllable listed here, and the pair its neighbour makes with it. The
// lookups it makes are at the end.

/**
 * Syllables, commonest first: words of every sentence, then the words of a school's regulation
 * (bodies, duties, meetings, dates), of the Decree's heading and signatures, then place and
 * personal names. Each line is a tier; its order matters less than the tier's. "Phó" is left
 * out: it stands before a title ("phó hiệu trưởng"), and only its pairs below list it.
 */
export const COMMON_SYLLABLES = `
và của các có trong được với cho là người những một theo không năm học trường nhà công đoàn
việc thực hiện đến tổ chức về ban để tác động đồng này khi tại phối hợp quy chế định số ngày
tháng mới đối trị hệ pháp hình hàng truyền nguồn lệ ích chịu dịp tới
cán bộ giáo viên sinh lao động chủ tịch hiệu trưởng kế hoạch đại hội nghị quyết nhiệm vụ
trách quyền lợi thị thi đua khen thưởng kiểm tra giám sát đánh giá xây dựng phát triển
chấp hành thường xuyên dục đào tạo phòng sở ủy nhân dân xã cộng hòa nghĩa việt nam độc lập
tự do hạnh phúc nơi nhận lưu căn cứ thông tư điều khoản mục chương phần văn bản hướng dẫn
báo cáo tình hình kết quả tham gia đề xuất ý kiến dự thảo tập thể cá đảm bảo an toàn vệ
mỗi mọi hoặc nếu thì mà nhằm phải cần nên sẽ đã đang còn cũng đều rất hơn như bằng qua giữa cùng
riêng chung bộ tất cả nhiều ít hai ba bốn sáu bảy tâm tám chín mười lần hằng quý kỳ cuối đầu
họp giao tuần trước sau từ ra vào lên trên dưới mới tốt tích cực nâng cao chất lượng
dạy giảng nội dung nguyên tắc bên tôn trọng năng nhau lực trình bày thống nhất ký kèm hết hạn
thay thế bổ sung sửa đổi điểm phân lãnh đạo quản lý thủ ngành cấp huyện tỉnh thành phố thị
biểu dương nhắc nhở vi phạm giải khiếu nại tố bình xét đẳng khai minh bạch tiếp tục kịp thời
nắm bắt nguyện vọng đúng đủ rõ ràng yêu cầu luật chính phủ hiệu lực kể khác do vấn
phụ huynh trẻ em lớp khối hoạt phong trào nội quy dân kỷ cương nề nếp đức lối sống văn hóa
làm tài sản thu chi ngân kinh phí đời vật tinh thần cơ quan đơn vị tiểu mầm non trung phổ
chuyên môn nghiệp đội thiếu niên tiền hồ thanh cha mẹ diện xây trụ trì mặt liên tịch
đột xuất sơ tổng định kỳ năm quý học kỳ tháng tuần ngày giờ buổi sáng chiều tối
dục thể thao nghệ quan du lịch nghỉ mát phép ốm đau thai chế độ hiểm y tế lương cấp
thăm hỏi hiếu hỉ tương trợ quỹ đóng góp hỗ giúp đỡ khó khăn hoàn cảnh nữ giới gia đình
hợp đồng tuyển bổ nhiệm ngạch bậc xếp loại chuẩn nghề bồi dưỡng viên thư toán văn thư
bảo vệ thiết cơ khuôn xanh sạch đẹp ninh trật phòng chống cháy nổ dịch bệnh tai nạn
thương bạo đường ma túy tệ kỹ ngoại khóa trải hướng tốt nghiệp kiểm quốc gia
đổi mới phương pháp nghệ tin điện tử trực tuyến hồ sơ sổ sách trữ giấy tờ mẫu biên
danh phiếu biểu quyết tán thành nhất trí thông qua bãi bỏ hiện hành kèm theo tiếp nhận
đề nghị bàn bạc thảo luận trao đổi ý thức trách nhiệm tham mưu đề xuất phối kết hợp
sinh hoạt hoạt động chương trình dự án công việc nội dung phương thức cách hình thức
điều kiện môi trường thân thiện tích cực an toàn lành mạnh văn minh lịch sự
thực hành kinh nghiệm sáng kiến cải tiến ứng dụng tổ chuyên khối lớp chủ nhiệm
thu nhập tăng giảm tiết kiệm chống lãng phí tham nhũng tiêu cực hành vi xử lý
báo thông báo công văn tờ trình biên bản quyết định kế hoạch chỉ thị hướng dẫn
đảng ủy chi bộ bí thư mặt trận tổ quốc hội đồng sư phạm đoàn thanh niên đội
hồ chí minh cộng sản tiền phong khuyến học chữ thập đỏ cựu binh
quốc tế ngôn ngữ tiếng anh toán văn sử địa lý hóa sinh tin âm nhạc mỹ thuật
ở ấy đây đó nào gì sao vì nhưng tuy đồng thời ngoài ra trường hợp nhất là
trên cơ sở căn cứ vào nhằm mục đích bảo đảm đúng đắn kịp thời đầy đủ chính xác
khách quan công bằng dân chủ kỷ luật nghiêm túc chặt chẽ hiệu quả thiết thực
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ ngô lý đinh trịnh lương
mai tô hà ninh quách âu kha thái hứa lưu châu tạ cao la lâm đàm giang
văn minh anh hương thủy hoa lan hồng thu hằng nga ngọc hải hùng dũng tuấn
sơn phương huệ loan cường hảo quang tùng long xuân hiền hạnh thảo trang linh
hiếu nghĩa tín hiền tâm đức tài lộc phúc thọ bảo châu khánh yến oanh
quận phường trấn thôn ấp xóm bản làng khu phố tổ dân tổ
`;

/**
 * Syllables of the names of places (communes, districts, towns: the school's own name), listed
 * after the syllables above, and preferred where a name stands (after NAME_OPENERS).
 */
export const PLACE_NAMES = `
phú tân bình an hòa thạnh thành hưng đông tây nam bắc trung phước mỹ quảng vĩnh yên lạc thuận
hậu điện kim trà đà nẵng huế cần thơ ninh khánh gia lai long sơn hải giang lâm đức xuân thanh
minh hiệp lợi lộc thới định lập tiến thắng nghĩa hà châu cát cẩm diên duy hồng kiến lai linh
lương mai nhơn phong quế sa tam thạch thiện tịnh triệu tuy vân việt vinh xương ân gò rạch sóc
thái thủy tường cường hội khê kỳ mai đồng điền lộc hoằng diễn nghi thọ xá bảo
`;

/** Words a place's name follows: "xã", "huyện", "thị trấn", "trường THCS", "mầm non". */
export const NAME_OPENERS = 'xã huyện phường quận tỉnh trấn thôn ấp xóm phố thcs thpt th non';

/** Pairs of syllables that go together in these documents, the first word then the second. */
export const COMMON_PAIRS = `
công đoàn|hiệu trưởng|phó hiệu|ban chấp|chấp hành|phối hợp|chủ tịch|nhà trường|quy chế|kế hoạch
năm học|giáo viên|học sinh|cán bộ|lao động|thi đua|khen thưởng|thực hiện|tổ chức|đại hội
hội nghị|cộng hòa|xã hội|chủ nghĩa|việt nam|độc lập|tự do|hạnh phúc|nơi nhận|căn cứ|thông tư
nghị định|quyết định|giáo dục|đào tạo|ủy ban|nhân dân|mầm non|tiểu học|trung học|cơ sở
phổ thông|thị xã|thị trấn|thành phố|chức năng|tôn trọng|nhiệm vụ|quyền lợi|trách nhiệm
kiểm tra|giám sát|đánh giá|cuối năm|hằng tháng|học kỳ|bình xét|đại diện|cha mẹ|phụ huynh
phó chủ|phó ban|phó trưởng|phó giám|phó bí|phó tổng|phó phòng|phó hiệu
thanh tra|đoàn viên|công chức|viên chức|người lao|chuyên môn|tổ trưởng|phòng giáo|sở giáo
phòng gd|sở gd|luật công|bộ giáo|chính phủ|hiệu lực|ban hành|sửa đổi|bổ sung|thay thế
thường xuyên|định kỳ|đóng góp|hằng năm|hằng quý|hằng tuần|giao ban|sơ kết|tổng kết|báo cáo
xây dựng|phát triển|dân chủ|công khai|kỷ luật|văn hóa|thể dục|thể thao|văn nghệ|đời sống
vật chất|tinh thần|bảo hiểm|chế độ|chính sách|tham gia|đề xuất|ý kiến|dự thảo|tập thể
cá nhân|an toàn|vệ sinh|tài sản|kinh phí|cơ quan|đơn vị|tiền phong|hồ chí|chí minh
thiếu niên|thanh niên|ban đại|diện cha|mẹ học|học tập|giảng dạy|dạy học|hoạt động
chương trình|nội dung|nguyên tắc|hai bên|thống nhất|có trách|có hiệu|kể từ|từ ngày
trưởng ban|phó ban|ủy viên|thư ký|bí thư|chi bộ|đảng ủy|hội đồng|sư phạm|thường trực
lưu vt|tm ban|tm bch|bch công|hiệu phó|tổ phó|khối trưởng|lớp trưởng|chủ nhiệm
giải quyết|khiếu nại|tố cáo|vi phạm|xử lý|nhắc nhở|biểu dương|khen thưởng|kịp thời
tham mưu|đề nghị|thảo luận|trao đổi|nắm bắt|tâm tư|nguyện vọng|hỗ trợ|giúp đỡ|khó khăn
thăm hỏi|ốm đau|thai sản|hiếu hỉ|quỹ công|nữ công|bình đẳng|gia đình|việc làm|hợp đồng
bồi dưỡng|nâng cao|chất lượng|hiệu quả|kiểm định|chuẩn quốc|quốc gia|đổi mới|phương pháp
công tác|hợp tác|tác phong|đối với|đối tượng|đội ngũ|tuyên truyền|truyền thống|trình độ|chuyên đề
vấn đề|đề ra|có thể|cụ thể|toàn thể|chính trị|giá trị|phổ biến|quan hệ|liên hệ|hệ thống|nguồn lực
điều lệ|tỷ lệ|lợi ích|chịu trách|nhân dịp|biện pháp|pháp luật|cho phép|hình thức|cùng với|cùng nhau
thông tin|thông báo|thông qua|quản lý|lý do|hợp lý|hàng năm|hàng tháng|hàng tuần|mỗi năm|mỗi tháng
mỗi học|mỗi quý|mọi người|động viên|phát động|chủ động|vận động|tâm huyết|trung tâm|quan tâm
thủ trưởng|bộ trưởng|trưởng phòng|trưởng khoa|trưởng thôn|trưởng đoàn|trưởng trạm|trưởng khối
đoàn thể|viên giỏi|sinh giỏi|tới đây|sắp tới|tiếp tới|đồng chí|cộng đồng|đồng thời|đồng ý|hội đồng
`;

/** Family names: the middle name after one is Thị or Văn ("Tô Thị Mận", not "Tô Thể"). */
export const SURNAMES = `
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trịnh lương
mai tô hà kha quách âu ninh thái hứa lưu châu tạ cao la lâm đàm giang lạc mạc triệu tăng từ
`;

// How the lists are read: by a key that ignores case and the place of the tone, built once.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** A syllable whatever the place of its tone ("hòa", "hoà"): its letters small and toneless, then the tone. */
const keys = new Map<string, string>();
export function syllableKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    const d = s.normalize('NFD').toLocaleLowerCase('vi');
    key = d.replace(TONE, '').normalize('NFC') + (d.match(TONE)?.[0] ?? '');
    if (keys.size > 20000) keys.clear();
    keys.set(s, key);
  }
  return key;
}
let ranks: Map<string, number> | undefined;
let pairs: Set<string> | undefined;
let surnames: Set<string> | undefined;
const MIDDLE_NAMES = new Set(['thị', 'văn'].map(syllableKey));
/**
 * Do two syllables make a listed pair? A family name then Thị or Văn counts only when the family
 * name is written with its capital (`capital`): "Đoàn Thị Hoa", but "đoàn thể".
 */
export function isPair(a: string, b: string, capital: boolean): boolean {
  pairs ??= new Set(
    COMMON_PAIRS.split(/[|\n]/)
      .filter(Boolean)
      .map((p) => p.split(' ').map(syllableKey).join(' ')),
  );
  surnames ??= new Set(SURNAMES.split(/\s+/).filter(Boolean).map(syllableKey));
  return pairs.has(`${a} ${b}`) || (capital && MIDDLE_NAMES.has(b) && surnames.has(a));
}
let places: Set<string> | undefined;
let openers: Set<string> | undefined;
export const isPlaceName = (key: string) => (places ??= new Set(PLACE_NAMES.split(/\s+/).map(syllableKey))).has(key);
export const opensName = (key: string) => (openers ??= new Set(NAME_OPENERS.split(' ').map(syllableKey))).has(key);
/** How unlikely a syllable is: the log of its rank among the listed, past them all when unlisted. */
export function syllableCost(word: string): number {
  if (!ranks) {
    ranks = new Map();
    for (const s of (COMMON_SYLLABLES + PLACE_NAMES).split(/\s+/))
      if (s && !ranks.has(syllableKey(s))) ranks.set(syllableKey(s), ranks.size);
  }
  const rank = ranks.get(syllableKey(word));
  return Math.log(2 + (rank ?? ranks.size + 2));
}
