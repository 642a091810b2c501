// The tail zone: signature blocks (grouped) and Nơi nhận.
// ------------------------------------------------------------ tail
import { capitalise } from './shapes';
import { ParseState } from './state';
import {
  classifyTail,
  groupParty,
  groupSignatures,
  isKnownCapacity,
  readRecipient,
  recipientBlocks,
  recipientsHeadRest,
  tidyName,
  tidyTitle,
  type VLine,
} from './tail';
import { findMentions, fold } from './vocab';

export function parseTail(st: ParseState, from: number, to: number) {
  const blocks = recipientBlocks(st.lines, from, to);
  const signatureLines: VLine[] = [];
  for (let i = from; i < to; i++) {
    const v = st.lines[i];
    if (!v.text) continue;
    const block = blocks.get(i);
    if (block === 'head') {
      st.role(i, 'recipients');
      const rest = recipientsHeadRest(v.text);
      const restClass = rest ? classifyTail(rest) : null;
      // "Nơi nhận: THỦ TRƯỞNG": the signature column flattened onto the Nơi nhận line.
      if (restClass === 'capacity' || restClass === 'title') signatureLines.push({ ...v, text: rest });
      else if (rest) {
        const r = readRecipient(v, rest);
        if (r) st.recipients.push(r);
      }
      continue;
    }
    if (block === 'item') {
      st.role(i, 'recipients');
      const r = readRecipient(v);
      if (r) st.recipients.push(r);
      continue;
    }
    const cls = classifyTail(v.text);
    if (cls === 'noise') {
      st.role(i, 'noise');
      continue;
    }
    if (cls) {
      signatureLines.push(v);
      st.role(i, 'signature');
    }
  }
  const groups = groupSignatures(signatureLines, (v) => (st.roles[v.idx] = undefined));
  for (const g of groups) {
    const party = groupParty(g);
    let code = party?.code ?? '';
    // A body no dictionary knows ("TM. BAN THANH TRA NHÂN DÂN") gets a free code from its initials.
    if (!party && g.body && g.caps.length) code = freeCode(st, g.body);
    if (party) {
      const surface = g.body || g.title || g.headTitle;
      const m = findMentions(surface)[0];
      if (m) st.partyMentions.push({ mention: m, source: 'signature', line: g.lines[0] });
      else
        st.partyMentions.push({
          mention: { code: party.code, def: party, start: 0, end: surface.length, surface },
          source: 'signature',
          line: g.lines[0],
        });
    }
    const capacity = g.caps.find(isKnownCapacity) ?? '';
    st.signatories.push({
      party: code,
      title: g.title ? tidyTitle(g.title) : '',
      name: g.name ? tidyName(g.name) : '',
      capacity,
      capacityText: g.capTexts.join(' / '),
      // The body or approving words as written, unless they are the title itself.
      blockText: (g.written ?? []).filter((w) => fold(w) !== fold(g.title)).join(' / ') || undefined,
      line: g.lines[0],
      lines: g.lines,
    });
  }
}

export function freeCode(st: ParseState, body: string): string {
  const initials = fold(body)
    .split(/\s+/)
    .filter((w) => w && !['tm', 'bch', 'ban', 'chap', 'hanh', 'xa', 'phuong'].includes(w))
    .map((w) => w[0].toUpperCase())
    .join('')
    .slice(0, 6);
  const code = initials || 'KHAC';
  if (!st.extraParties.has(code)) {
    st.extraParties.set(code, {
      code,
      name: capitalise(body.toLocaleLowerCase('vi')),
      kind: 'Khác',
      standard: false,
      pattern: /$^/,
    });
  }
  const def = st.extraParties.get(code)!;
  st.partyMentions.push({
    mention: { code, def, start: 0, end: body.length, surface: body },
    source: 'signature',
    line: 0,
  });
  return code;
}
