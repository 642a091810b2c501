// Where a view came from, so a finding can name the sheet and cell; conditions never see it.
export interface Place {
  sheet: string;
  cell?: string;
  row?: number;
}

export interface ViewOrigin {
  /** Default place for findings on this item. */
  place: Place;
  /** Field → place of its cell. */
  fields: Record<string, Place>;
}

/** A row entity stands for its own origin; the field map is only built when a finding needs it. */
export type OriginSource = ViewOrigin | { sheet: string; row: number; cells: Record<string, string> };

export function rowOrigin(sheet: string, row: number, cells: Record<string, string>): ViewOrigin {
  const fields: Record<string, Place> = {};
  for (const [k, cell] of Object.entries(cells)) fields[k] = { sheet, cell, row };
  const first = Object.values(cells)[0];
  return { place: { sheet, cell: first, row }, fields };
}

export function originOf(source: OriginSource): ViewOrigin {
  return 'place' in source ? source : rowOrigin(source.sheet, source.row, source.cells);
}
