// The changed words of a text, with jsdiff's word tokenizer (it takes Vietnamese letters, with their
// marks, as word characters): what the clerk and the bảng so sánh mark as deleted and inserted.
import { diffWords } from 'diff';
import type { WordPiece } from './types';

export function wordChanges(oldText: string, newText: string): WordPiece[] {
  const pieces: WordPiece[] = [];
  for (const part of diffWords(oldText, newText)) {
    const kind = part.added ? 'inserted' : part.removed ? 'deleted' : 'same';
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) last.text += part.value;
    else pieces.push({ text: part.value, kind });
  }
  return pieces;
}

/** The old text (kept and deleted pieces) or the new one (kept and inserted). */
export const sideOf = (pieces: WordPiece[], side: 'old' | 'new'): WordPiece[] =>
  pieces.filter((p) => p.kind === 'same' || p.kind === (side === 'old' ? 'deleted' : 'inserted'));
