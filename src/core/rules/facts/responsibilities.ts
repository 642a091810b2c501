// The facts of a Phân công row: the hot collection (thousands of rows), so its views are lazy.
import { cadenceProblem, clauseProblem, leadProblem } from '../functions';
import { decidedBy, viewMaker, type Facts } from './define';
import type { ResponsibilitySource } from './sources';

const NO_CODES: string[] = [];

export const RESPONSIBILITY_FACTS: Facts<ResponsibilitySource> = {
  row: { type: 'number', of: ({ r }) => r.row },
  no: { type: 'text', of: ({ r }) => r.no },
  clauseId: { type: 'text', of: ({ r }) => r.clauseId },
  clauseKnown: { type: 'yes/no', of: ({ r, known }) => !r.clauseId || known.clauses.has(r.clauseId) },
  clauseProblem: decidedBy(clauseProblem),
  task: { type: 'text', of: ({ r }) => r.task },
  lead: { type: 'text', of: ({ r }) => r.lead },
  leadKnown: { type: 'yes/no', of: ({ r, known }) => known.parties.has(r.lead) },
  leadProblem: decidedBy(leadProblem),
  support: { type: 'list', of: ({ r }) => r.support },
  unknownSupport: {
    type: 'list',
    of: ({ r, known }) => {
      for (const code of r.support) if (!known.parties.has(code)) return r.support.filter((x) => !known.parties.has(x));
      return NO_CODES;
    },
  },
  cadence: { type: 'text', of: ({ r }) => r.cadenceRaw },
  cadenceNormalized: { type: 'text', of: ({ r }) => r.cadence.value },
  cadenceProblem: decidedBy(cadenceProblem),
  cadenceCompound: { type: 'yes/no', of: ({ r }) => r.cadence.compound },
  cadenceParts: { type: 'list', of: ({ r }) => r.cadence.parts },
  months: { type: 'list', of: ({ r }) => r.months.months },
  monthsInvalid: { type: 'list', of: ({ r }) => r.months.invalid },
  evidence: { type: 'text', of: ({ r }) => r.evidence },
  note: { type: 'text', of: ({ r }) => r.note },
};

export const RESPONSIBILITY_VIEWS = viewMaker(RESPONSIBILITY_FACTS, 'lazy');
