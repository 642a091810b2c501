// The office's roster of schools from disk: an .xlsx (its first sheet with a code and a name
// column) or a .csv, every failure one UserError naming the file.
import { csvGrid, readRoster, type RosterSchool } from '../../core/batch/roster';
import { UserError } from '../../core/i18n';
import { readInputFile } from '../files';
import { readXlsxBytes } from '../regulation-file';

export async function readRosterFile(file: string): Promise<RosterSchool[]> {
  const lower = file.toLowerCase();
  if (!lower.endsWith('.xlsx') && !lower.endsWith('.csv')) throw new UserError('roster.badType', { file });
  const bytes = await readInputFile(file);
  if (lower.endsWith('.csv')) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UserError('roster.notUtf8', { file });
    }
    return readRoster([csvGrid(text, file)], file);
  }
  return readRoster(readXlsxBytes(bytes, file).grids, file);
}
