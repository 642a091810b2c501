// The tables of a .docx as python-docx, an independent reader, gives them: rows of cell texts.
import { execFileSync } from 'node:child_process';

export function docxTables(file: string): string[][][] {
  const script = [
    'import docx, json, sys',
    'd = docx.Document(sys.argv[1])',
    'print(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables]))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}
