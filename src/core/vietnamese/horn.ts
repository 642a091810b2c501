// The horn of ư lost in an old font conversion: "trờng", "thờng xuyên", "nớc", "Chơng".
// The ơ stays, but ơng, ơc and ơu are no rhyme of Vietnamese: with the ư put back before the ơ
// the word is the only syllable it can be ("trường", "nước", "Chương"). A word that is a
// syllable as it stands ("người" written "ngời" is also the word "ngời") is left alone.
import { letterAt, wordStart } from './letters';
import { isSyllableAt, isVietnameseSyllable } from './syllable';

export interface HornRepair {
  from: string;
  to: string;
}

const O_HORN = /[ơờớởỡợ]/iu;
const O_HORN_ALL = /[ơờớởỡợ]/giu;

export function restoreHorn(line: string): { text: string; repairs: HornRepair[] } {
  if (!O_HORN.test(line)) return { text: line, repairs: [] };
  const repairs: HornRepair[] = [];
  // Only the words with an ơ are looked at: each ơ found, its word is the run of letters around it.
  let text = '';
  let pos = 0;
  O_HORN_ALL.lastIndex = 0;
  for (let m = O_HORN_ALL.exec(line); m; m = O_HORN_ALL.exec(line)) {
    let end = m.index;
    for (let k = letterAt(line, end); k; k = letterAt(line, end)) end += k;
    O_HORN_ALL.lastIndex = end;
    // The word's first ơ is this one (the last word ended before it): after ư it has its horn
    // ("trường", "người"), and the word is not made.
    const before = line.charCodeAt(m.index - 1);
    if (before === 0x1b0 || before === 0x1af) continue;
    const start = wordStart(line, m.index);
    if (isSyllableAt(line, start, end)) continue;
    const word = line.slice(start, end);
    const at = m.index - start;
    const horn = word[at] === word[at].toLocaleUpperCase('vi') ? 'Ư' : 'ư';
    const restored = word.slice(0, at) + horn + word.slice(at);
    if (!isVietnameseSyllable(restored)) continue;
    repairs.push({ from: word, to: restored });
    text += line.slice(pos, start) + restored;
    pos = end;
  }
  return { text: pos ? text + line.slice(pos) : line, repairs };
}
