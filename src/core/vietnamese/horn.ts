// The horn of ư lost in an old font conversion: "trờng", "thờng xuyên", "nớc", "Chơng".
// The ơ stays, but ơng, ơc and ơu are no rhyme of Vietnamese: with the ư put back before the ơ
// the word is the only syllable it can be ("trường", "nước", "Chương"). A word that is a
// syllable as it stands ("người" written "ngời" is also the word "ngời") is left alone.
import { replaceWords, unitTable } from './letters';
import { isVietnameseSyllable } from './syllable';

export interface HornRepair {
  from: string;
  to: string;
}

const O_HORN = /[ơờớởỡợ]/iu;
const isHornUnit = unitTable(O_HORN);

export function restoreHorn(line: string): { text: string; repairs: HornRepair[] } {
  if (!O_HORN.test(line)) return { text: line, repairs: [] };
  const repairs: HornRepair[] = [];
  // Only the words with an ơ are looked at.
  const text = replaceWords(line, isHornUnit, (start, end, marked) => {
    if (!marked) return undefined;
    const word = line.slice(start, end);
    const at = word.search(O_HORN);
    if (at < 0 || isVietnameseSyllable(word)) return undefined;
    if (at > 0 && /[ưƯ]/u.test(word[at - 1])) return undefined;
    const horn = word[at] === word[at].toLocaleUpperCase('vi') ? 'Ư' : 'ư';
    const restored = word.slice(0, at) + horn + word.slice(at);
    if (!isVietnameseSyllable(restored)) return undefined;
    repairs.push({ from: word, to: restored });
    return restored;
  });
  return { text, repairs };
}
