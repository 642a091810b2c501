// What a clerk fills in after importing a regulation, so that its round trip can be measured on
// a complete workbook: every Văn bản field the document did not give, and the signers' names.
import { DOCUMENT_FIELDS } from '../../src/core/layout';
import type { WorkbookContent } from '../../src/core/template/content';
import { parseSchoolYear } from '../../src/core/values';

/** Fill what the imported document did not say, the way a clerk completes the workbook. */
export function complete(content: WorkbookContent): WorkbookContent {
  const c = structuredClone(content);
  const d = c.document;
  const year = parseSchoolYear(d.schoolYear ?? '')?.start ?? 2021;
  const plan = String(d.kind ?? '').startsWith('Kế hoạch');
  // A title names the document's own parties, never one it does not have.
  const names = (c.blocks.parties ?? []).map((p) => String(p.name ?? '')).filter(Boolean);
  const between = names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}` : 'các bên';
  const fill: Record<string, string> = {
    kind: 'Quy chế phối hợp',
    number: plan ? '07/KHPH-MNHS' : '07/QCPH-MNHS',
    title: `Phối hợp giữa ${between} năm học ${year}-${year + 1}`,
    managingAuthority: 'UBND PHƯỜNG PHÚC LỢI',
    issuer: 'TRƯỜNG MẦM NON HOA SEN',
    place: 'Phúc Lợi',
    issueDate: `05/10/${year}`,
    schoolYear: `${year}-${year + 1}`,
    effectiveFrom: `05/10/${year}`,
    effectiveTo: `31/05/${year + 1}`,
    reviewCadence: 'Hàng năm',
    reviewForm: 'Rà soát tại Hội nghị viên chức, người lao động đầu năm học',
    supersedes: `${plan ? 'Kế hoạch phối hợp' : 'Quy chế phối hợp'} năm học ${year - 1}-${year}`,
    adoptedAt: `Hội nghị viên chức, người lao động năm học ${year}-${year + 1}`,
    decision: `Quyết định số 15/QĐ-MNHS ngày 05/10/${year} của Hiệu trưởng`,
  };
  // Stray marks a page left in front of a value ("- -QUY CHẾ …", "- Vĩnh Linh") are cleared.
  for (const f of DOCUMENT_FIELDS)
    if (typeof d[f.key] === 'string') d[f.key] = String(d[f.key]).replace(/^[-–—\s]+/, '');
  for (const f of DOCUMENT_FIELDS) if (!d[f.key]) d[f.key] = fill[f.key];
  for (const s of c.blocks.signatories ?? []) s.name ||= 'Nguyễn Thị Hoa';
  return c;
}
