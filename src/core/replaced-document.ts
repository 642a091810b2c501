// Where what a sentence replaces ends: "… thay thế Quy chế năm học 2023-2024 và có hiệu lực từ
// ngày ký" turns to the new document at "có hiệu lực". The import and renew end it at the same
// words, so that a clause renew made to name the previous version reads back as renew wrote it.
export const TURNS_TO_NEW_DOCUMENT = ['có hiệu lực', 'kể từ', 'từ ngày', 'được thực hiện', 'được áp dụng'] as const;
