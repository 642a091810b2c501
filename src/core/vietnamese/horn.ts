// The horn of ư lost in an old font conversion: "trờng", "thờng xuyên", "nớc", "Chơng".
// The ơ stays, but ơng, ơc and ơu are no rhyme of Vietnamese: with the ư put back before the ơ
// the word is the only syllable it can be ("trường", "nước", "Chương"). A word that is a
// syllable as it stands ("người" written "ngời" is also the word "ngời") is left alone.
import { isVietnameseSyllable } from './syllable';

export interface HornRepair {
  from: string;
  to: string;
}

const WORD = /\p{L}+/gu;
const O_HORN = /[ơờớởỡợ]/iu;

export function restoreHorn(line: string): { text: string; repairs: HornRepair[] } {
  if (!O_HORN.test(line)) return { text: line, repairs: [] };
  const repairs: HornRepair[] = [];
  const text = line.replace(WORD, (word) => {
    const at = word.search(O_HORN);
    if (at < 0 || isVietnameseSyllable(word)) return word;
    if (at > 0 && /[ưƯ]/u.test(word[at - 1])) return word;
    const horn = word[at] === word[at].toLocaleUpperCase('vi') ? 'Ư' : 'ư';
    const restored = word.slice(0, at) + horn + word.slice(at);
    if (!isVietnameseSyllable(restored)) return word;
    repairs.push({ from: word, to: restored });
    return restored;
  });
  return { text, repairs };
}
