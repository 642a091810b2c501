// An in-memory Excel behind the subset of the Excel JavaScript API that src/office uses, strict
// where real Excel is strict and office-addin-mock is not:
//   - reading a property that was not loaded (or loaded but not synced) THROWS PropertyNotLoaded;
//   - writes and method calls are queued and only happen at context.sync(), in order;
//   - collections (worksheets, tables) load with `items/name` paths;
//   - *OrNullObject results answer isNullObject after a sync;
//   - every sync is counted, with the size of what it sent back, and a response larger than
//     `payloadLimitBytes` fails with ResponsePayloadSizeLimitExceeded (Excel on the web: 5 MB);
//   - a sync can be made to stall forever (office-js#6150) to test timeouts;
//   - APIs above the configured ExcelApi version are missing, as on an old Excel.
// Self-contained (no imports) so the browser tests can load the same file as a script.

export type FakeValue = string | number | boolean;

export interface FakeSheetInit {
  name: string;
  /** Rows from A1; null/undefined/'' = empty. */
  rows?: Array<Array<FakeValue | null | undefined>>;
  /** Number formats by A1 address, e.g. { B8: 'dd/mm/yyyy' }. */
  formats?: Record<string, string>;
  tables?: Array<{ name: string; address: string }>;
  visibility?: 'Visible' | 'Hidden';
  /** Cell notes by A1 address (Worksheet.notes, ExcelApi 1.18). */
  notes?: Record<string, string>;
}

export interface FakeOptions {
  /** Highest ExcelApi minor version supported, e.g. 9 for 1.9 (default 17). */
  apiMinor?: number;
  payloadLimitBytes?: number;
  /** Range.values of a bigger range comes back null (documented behaviour). */
  maxCellsPerRead?: number;
}

export interface SyncRecord {
  responseBytes: number;
  cellsRead: number;
  ops: number;
}

interface SheetState {
  name: string;
  cells: Map<number, Map<number, FakeValue>>;
  formats: Map<number, Map<number, string>>;
  visibility: string;
  frozenRows: number;
  validations: Array<{ address: string; rule: unknown; errorAlert?: unknown }>;
  formatting: Array<{ address: string; path: string; value: unknown }>;
  handlers: Array<(e: unknown) => unknown>;
  notes: NoteState[];
}

interface NoteState {
  address: string;
  content: string;
}

interface TableState {
  name: string;
  style?: string;
  sheet: SheetState;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function parseAddress(address: string): Bounds {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(bare);
  if (whole) return { top: 1, bottom: 1_048_576, left: colNumber(whole[1]), right: colNumber(whole[2]) };
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(bare);
  if (!m)
    throw new OfficeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: ${address}`,
    );
  const top = Number(m[2]);
  const left = colNumber(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNumber(m[3]) : left };
}
function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function a1(b: Bounds): string {
  const start = `${colLetter(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? start : `${start}:${colLetter(b.right)}${b.bottom}`;
}

function notLoaded(prop: string): never {
  throw new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function loadList(props?: string | string[] | Record<string, unknown>): string[] {
  if (props === undefined) return ['*'];
  if (Array.isArray(props))
    return props
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean);
  if (typeof props === 'string')
    return props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  return Object.keys(props).filter((k) => k !== 'select' && k !== 'expand');
}

type Op = () => void;

const encoder = new TextEncoder();
/** Size on the wire: Vietnamese letters take 2–3 bytes in UTF-8. */
function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

export class FakeWorkbook {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  created: string[] = [];
  syncs: SyncRecord[] = [];
  runs = 0;
  stallNextSync = false;
  collectionHandlers: Array<(e: unknown) => unknown> = [];
  readonly apiMinor: number;
  readonly payloadLimitBytes: number;
  readonly maxCellsPerRead: number;

  constructor(sheets: FakeSheetInit[] = [], options: FakeOptions = {}) {
    this.apiMinor = options.apiMinor ?? 17;
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5 * 1024 * 1024;
    this.maxCellsPerRead = options.maxCellsPerRead ?? 5_000_000;
    for (const s of sheets) this.addSheet(s);
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  supports(version: string): boolean {
    const [major, minor] = version.split('.').map(Number);
    return major === 1 && minor <= this.apiMinor;
  }

  addSheet(init: FakeSheetInit): SheetState {
    if (this.findSheet(init.name))
      throw new OfficeError('ItemAlreadyExists', `A sheet named ${init.name} already exists.`);
    const sheet: SheetState = {
      name: init.name,
      cells: new Map(),
      formats: new Map(),
      visibility: init.visibility ?? 'Visible',
      frozenRows: 0,
      validations: [],
      formatting: [],
      handlers: [],
      notes: Object.entries(init.notes ?? {}).map(([address, content]) => ({ address, content })),
    };
    this.sheets.push(sheet);
    (init.rows ?? []).forEach((row, r) => row.forEach((v, c) => this.put(sheet, r + 1, c + 1, v)));
    for (const [addr, fmt] of Object.entries(init.formats ?? {})) {
      const b = parseAddress(addr);
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) this.putFormat(sheet, r, c, fmt);
    }
    for (const t of init.tables ?? []) this.addTable(sheet, t.name, parseAddress(t.address));
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}.`);
    return s;
  }

  addTable(sheet: SheetState, name: string, b: Bounds): TableState {
    if (this.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()))
      throw new OfficeError('InvalidArgument', `A table named ${name} already exists.`);
    const table = { name, sheet, ...b };
    this.tables.push(table);
    return table;
  }

  put(sheet: SheetState, row: number, col: number, v: FakeValue | null | undefined): void {
    if (v === null || v === undefined || v === '') {
      sheet.cells.get(row)?.delete(col);
      return;
    }
    let r = sheet.cells.get(row);
    if (!r) sheet.cells.set(row, (r = new Map()));
    r.set(col, v);
  }

  putFormat(sheet: SheetState, row: number, col: number, fmt: string): void {
    let r = sheet.formats.get(row);
    if (!r) sheet.formats.set(row, (r = new Map()));
    r.set(col, fmt);
  }

  value(sheetName: string, address: string): FakeValue | '' {
    const b = parseAddress(address);
    return this.sheet(sheetName).cells.get(b.top)?.get(b.left) ?? '';
  }

  /** Values of a range as Range.values gives them ('' for empty). */
  read(sheet: SheetState, b: Bounds): FakeValue[][] {
    return block(sheet.cells, b, '');
  }

  readFormats(sheet: SheetState, b: Bounds): string[][] {
    return block(sheet.formats, b, 'General');
  }

  /** The used range of values (getUsedRange(true)), or null for a blank sheet. */
  used(sheet: SheetState): Bounds | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [r, row] of sheet.cells) {
      if (row.size === 0) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      for (const c of row.keys()) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }

  /** A user edit: change a cell and fire onChanged handlers (asynchronously, like Excel). */
  edit(sheetName: string, address: string, value: FakeValue | null): void {
    const sheet = this.sheet(sheetName);
    const b = parseAddress(address);
    this.put(sheet, b.top, b.left, value);
    const event = {
      worksheetId: sheet.name,
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
    };
    setTimeout(() => {
      for (const h of [...sheet.handlers, ...this.collectionHandlers]) void h(event);
    }, 0);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Excel.run over this workbook. */
  runOptions: unknown[] = [];
  run = async <T>(
    first: ((context: FakeContext) => Promise<T>) | { delayForCellEdit?: boolean },
    second?: (context: FakeContext) => Promise<T>,
  ): Promise<T> => {
    // Excel.run(batch) or Excel.run(options, batch)
    const batch = typeof first === 'function' ? first : second!;
    if (typeof first !== 'function') this.runOptions.push(first);
    this.runs++;
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.queue.length > 0) await context.sync();
    return result;
  };

  /** Excel.createWorkbook (ExcelApi 1.8). */
  createWorkbook = async (base64?: string): Promise<void> => {
    if (!this.supports('1.8')) throw new OfficeError('ApiNotFound', 'createWorkbook needs ExcelApi 1.8');
    this.created.push(base64 ?? '');
  };
}

export class FakeContext {
  queue: Array<{ op: Op; response?: () => unknown; cells?: number }> = [];
  nullables: Array<{ settle(): void }> = [];
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly state: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  async sync(): Promise<void> {
    const state = this.state;
    if (state.stallNextSync) {
      state.stallNextSync = false;
      state.syncs.push({ responseBytes: 0, cellsRead: 0, ops: this.queue.length });
      return new Promise<void>(() => undefined);
    }
    const queue = this.queue;
    const nullables = this.nullables;
    this.queue = [];
    this.nullables = [];
    let bytes = 0;
    let cells = 0;
    const record: SyncRecord = { responseBytes: 0, cellsRead: 0, ops: queue.length };
    state.syncs.push(record);
    // Requests are answered after a round trip.
    await new Promise((r) => setTimeout(r, 0));
    for (const item of queue) {
      item.op();
      if (item.response) bytes += utf8Length(JSON.stringify(item.response() ?? null));
      cells += item.cells ?? 0;
    }
    for (const n of nullables) n.settle();
    record.responseBytes = bytes;
    record.cellsRead = cells;
    if (bytes > state.payloadLimitBytes) {
      throw new OfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${bytes} bytes).`,
      );
    }
  }

  /** Queue a load: snapshot the props at sync time; unknown props are an error, as in Office. */
  queueLoad(target: Loadable, props: string[], cells?: () => number): void {
    const snapshot: Record<string, unknown> = {};
    this.queue.push({
      op: () => {
        for (const p of props) snapshot[p] = target.readProp(p);
        target.acceptLoad(snapshot);
      },
      response: () => snapshot,
      cells: 0,
    });
    if (cells) {
      const last = this.queue[this.queue.length - 1];
      const op = last.op;
      last.op = () => {
        op();
        last.cells = cells();
      };
    }
  }
}

abstract class Loadable {
  private loaded: Record<string, unknown> = {};
  constructor(readonly context: FakeContext) {}
  abstract readProp(prop: string): unknown;
  abstract props(): string[];
  load(props?: string | string[] | Record<string, unknown>): this {
    let list = loadList(props);
    if (list.includes('*')) list = this.props();
    for (const p of list)
      if (!this.props().includes(p))
        throw new OfficeError('InvalidArgument', `Unknown property ${p} on ${this.constructor.name}`);
    this.context.queueLoad(this, list, this.cellsFor(list));
    return this;
  }
  protected cellsFor(_props: string[]): (() => number) | undefined {
    return undefined;
  }
  acceptLoad(snapshot: Record<string, unknown>): void {
    Object.assign(this.loaded, snapshot);
  }
  protected get<T>(prop: string): T {
    if (!(prop in this.loaded)) notLoaded(prop);
    return this.loaded[prop] as T;
  }
  protected enqueue(op: Op): void {
    this.context.queue.push({ op });
  }
}

/** `range.format.font.bold = true` and the like: recorded, applied at sync. */
function recorder(
  context: FakeContext,
  onSet: (path: string, value: unknown) => void,
  path = '',
): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_t, key) => (typeof key === 'string' ? recorder(context, onSet, path ? `${path}.${key}` : key) : undefined),
      set: (_t, key, value) => {
        const full = path ? `${path}.${String(key)}` : String(key);
        context.queue.push({ op: () => onSet(full, value) });
        return true;
      },
    },
  );
}

class FakeRangeProxy extends Loadable {
  constructor(
    context: FakeContext,
    private resolveSheet: () => SheetState,
    private resolveBounds: () => Bounds | null,
  ) {
    super(context);
  }
  private nullState: boolean | undefined;
  props() {
    return ['address', 'values', 'numberFormat', 'rowCount', 'columnCount'];
  }
  readProp(prop: string): unknown {
    const sheet = this.resolveSheet();
    const b = this.resolveBounds();
    if (!b) return null;
    const count = (b.bottom - b.top + 1) * (b.right - b.left + 1);
    switch (prop) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${a1(b)}`;
      case 'values':
        return count > this.context.state.maxCellsPerRead ? null : this.context.state.read(sheet, b);
      case 'numberFormat':
        return count > this.context.state.maxCellsPerRead ? null : this.context.state.readFormats(sheet, b);
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
    }
    return undefined;
  }
  protected cellsFor(props: string[]) {
    if (!props.includes('values')) return undefined;
    return () => {
      const b = this.resolveBounds();
      return b ? (b.bottom - b.top + 1) * (b.right - b.left + 1) : 0;
    };
  }
  trackNull(): this {
    this.context.nullables.push({ settle: () => (this.nullState = this.resolveBounds() === null) });
    return this;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded('isNullObject');
    return this.nullState;
  }
  get address(): string {
    return this.get('address');
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  set values(v: Array<Array<FakeValue | null>>) {
    this.enqueue(() => {
      const sheet = this.resolveSheet();
      const b = this.resolveBounds()!;
      const rows = b.bottom - b.top + 1;
      const cols = b.right - b.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols)) {
        throw new OfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      }
      v.forEach((row, i) =>
        row.forEach((cell, j) => {
          // null means "leave this cell as it is"
          if (cell !== null) this.context.state.put(sheet, b.top + i, b.left + j, cell);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.enqueue(() => {
      const sheet = this.resolveSheet();
      const b = this.resolveBounds()!;
      v.forEach((row, i) => row.forEach((f, j) => this.context.state.putFormat(sheet, b.top + i, b.left + j, f)));
    });
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get format(): Record<string, unknown> {
    return recorder(this.context, (path, value) =>
      this.resolveSheet().formatting.push({ address: a1(this.resolveBounds()!), path, value }),
    );
  }
  get dataValidation(): Record<string, unknown> {
    if (!this.context.state.supports('1.8'))
      throw new OfficeError('ApiNotFound', 'Range.dataValidation needs ExcelApi 1.8');
    return recorder(this.context, (path, value) => {
      const address = a1(this.resolveBounds()!);
      const validations = this.resolveSheet().validations;
      if (path === 'rule') validations.push({ address, rule: value });
      else if (path === 'errorAlert') {
        // Excel keeps the alert on the range's validation; one set without a rule is lost.
        const v = validations.find((x) => x.address === address);
        if (!v) throw new OfficeError('InvalidOperation', `dataValidation.errorAlert on ${address} has no rule`);
        v.errorAlert = value;
      } else throw new OfficeError('InvalidArgument', `dataValidation.${path} is not modelled`);
    });
  }
  select(): void {
    this.enqueue(() => {
      const sheet = this.resolveSheet();
      if (this.context.state.activeSheet !== sheet.name)
        throw new OfficeError('InvalidOperation', 'Select needs the sheet to be active');
      this.context.state.selection = { sheet: sheet.name, address: a1(this.resolveBounds()!) };
    });
  }
}

class FakeTableProxy extends Loadable {
  private nullState: boolean | undefined;
  constructor(
    context: FakeContext,
    private resolveTable: () => TableState,
  ) {
    super(context);
  }
  /** For getItemOrNullObject: isNullObject answers after the next sync. */
  trackNull(find: () => TableState | undefined): this {
    this.context.nullables.push({ settle: () => (this.nullState = find() === undefined) });
    return this;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded('isNullObject');
    return this.nullState;
  }
  /** Table.resize (ExcelApi 1.13): the header stays in its row and the new range overlaps the old one. */
  resize(address: string): void {
    if (!this.context.state.supports('1.13')) throw new OfficeError('ApiNotFound', 'Table.resize needs ExcelApi 1.13');
    this.enqueue(() => {
      const t = this.resolveTable();
      const b = parseAddress(address);
      const overlaps = (o: Bounds) => b.left <= o.right && o.left <= b.right && b.top <= o.bottom && o.top <= b.bottom;
      if (b.top !== t.top || !overlaps(t) || b.bottom <= b.top)
        throw new OfficeError('InvalidArgument', `The table cannot be resized to ${address}.`);
      if (this.context.state.tables.some((o) => o !== t && o.sheet === t.sheet && overlaps(o)))
        throw new OfficeError('InvalidOperation', `A table cannot overlap another table: ${address}.`);
      Object.assign(t, { top: b.top, left: b.left, bottom: b.bottom, right: b.right });
    });
  }
  props() {
    return ['name'];
  }
  readProp(prop: string): unknown {
    return prop === 'name' ? this.resolveTable().name : undefined;
  }
  /** Table.style: a built-in style name, as Excel lists them. */
  set style(v: string) {
    this.enqueue(() => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v))
        throw new OfficeError('InvalidArgument', `Table style ${v}`);
      this.resolveTable().style = v;
    });
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.enqueue(() => {
      const t = this.resolveTable();
      if (this.context.state.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase()))
        throw new OfficeError('InvalidArgument', `Table name ${v} is taken`);
      t.name = v;
    });
  }
  getRange(): FakeRangeProxy {
    return new FakeRangeProxy(
      this.context,
      () => this.resolveTable().sheet,
      () => {
        const t = this.resolveTable();
        return { top: t.top, left: t.left, bottom: t.bottom, right: t.right };
      },
    );
  }
  get worksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.context, () => this.resolveTable().sheet);
  }
}

class FakeNoteProxy extends Loadable {
  constructor(
    context: FakeContext,
    private resolveSheet: () => SheetState,
    private resolveNote: () => NoteState,
  ) {
    super(context);
  }
  props() {
    return ['content'];
  }
  readProp(prop: string): unknown {
    return prop === 'content' ? this.resolveNote().content : undefined;
  }
  get content(): string {
    return this.get('content');
  }
  getLocation(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, this.resolveSheet, () => parseAddress(this.resolveNote().address));
  }
}

class FakeCollection<T> {
  private itemsLoaded: T[] | undefined;
  constructor(
    readonly context: FakeContext,
    private list: () => T[],
    private make: (item: T) => Loadable,
  ) {}
  load(props?: string | string[]): this {
    const list = loadList(props);
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    if (itemProps.length === 0 && !list.includes('items') && !list.includes('*'))
      throw new OfficeError('InvalidArgument', `Collections load items/<prop>: ${list.join(',')}`);
    let made: Loadable[] = [];
    this.context.queue.push({
      op: () => {
        const items = this.list();
        made = items.map((i) => this.make(i));
        for (const m of made) {
          const snap: Record<string, unknown> = {};
          for (const p of itemProps.length ? itemProps : m.props()) snap[p] = m.readProp(p);
          m.acceptLoad(snap);
        }
        this.itemsLoaded = made as unknown as T[];
      },
      response: () => made.map((m) => (itemProps.length ? itemProps : m.props()).map((p) => m.readProp(p))),
    });
    return this;
  }
  get items(): T[] {
    if (!this.itemsLoaded) notLoaded('items');
    return this.itemsLoaded;
  }
}

class FakeEventSource {
  constructor(
    private context: FakeContext,
    private handlers: () => Array<(e: unknown) => unknown>,
    needs: string,
  ) {
    if (!context.state.supports(needs)) throw new OfficeError('ApiNotFound', `onChanged needs ExcelApi ${needs}`);
  }
  add(handler: (e: unknown) => unknown) {
    this.context.queue.push({ op: () => this.handlers().push(handler) });
    const context = this.context;
    const handlers = this.handlers;
    return {
      context,
      remove() {
        context.queue.push({
          op: () => {
            const list = handlers();
            const i = list.indexOf(handler);
            if (i >= 0) list.splice(i, 1);
          },
        });
      },
    };
  }
}

class FakeWorksheetProxy extends Loadable {
  constructor(
    context: FakeContext,
    private resolveSheet: () => SheetState,
  ) {
    super(context);
  }
  props() {
    return ['name', 'visibility'];
  }
  readProp(prop: string): unknown {
    const s = this.resolveSheet();
    return prop === 'name' ? s.name : prop === 'visibility' ? s.visibility : undefined;
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.enqueue(() => (this.resolveSheet().visibility = v));
  }
  activate(): void {
    this.enqueue(() => (this.context.state.activeSheet = this.resolveSheet().name));
  }
  getRange(address?: string): FakeRangeProxy {
    return new FakeRangeProxy(this.context, this.resolveSheet, () => parseAddress(address ?? 'A1'));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRangeProxy {
    return new FakeRangeProxy(this.context, this.resolveSheet, () =>
      this.context.state.used(this.resolveSheet()),
    ).trackNull();
  }
  get tables() {
    const context = this.context;
    const resolveSheet = this.resolveSheet;
    return {
      add: (address: string, _hasHeaders: boolean) => {
        let created: TableState | undefined;
        context.queue.push({
          op: () => {
            const sheet = resolveSheet();
            const b = parseAddress(address);
            // Excel gives a header-only table one empty data row.
            if (b.bottom === b.top) b.bottom++;
            const n = context.state.tables.length + 1;
            created = context.state.addTable(sheet, `Table${n}`, b);
          },
        });
        return new FakeTableProxy(context, () => created!);
      },
    };
  }
  get notes() {
    if (!this.context.state.supports('1.18'))
      throw new OfficeError('ApiNotFound', 'Worksheet.notes needs ExcelApi 1.18');
    const context = this.context;
    const resolveSheet = this.resolveSheet;
    const make = (n: NoteState) => new FakeNoteProxy(context, resolveSheet, () => n);
    return Object.assign(new FakeCollection<NoteState>(context, () => resolveSheet().notes, make), {
      add: (cellAddress: string, content: string) => {
        if (typeof cellAddress !== 'string' || !/^[A-Z]{1,3}\d+$/.test(cellAddress) || typeof content !== 'string')
          throw new OfficeError(
            'InvalidArgument',
            `notes.add takes one cell address and a text: ${String(cellAddress)}`,
          );
        this.enqueue(() => {
          const notes = resolveSheet().notes;
          if (notes.some((n) => n.address === cellAddress))
            throw new OfficeError('InvalidArgument', `Cell ${cellAddress} already has a note.`);
          notes.push({ address: cellAddress, content });
        });
      },
      getItemAt: (index: number) =>
        new FakeNoteProxy(context, resolveSheet, () => {
          const note = resolveSheet().notes[index];
          if (!note) throw new OfficeError('ItemNotFound', `No note at index ${index}.`);
          return note;
        }),
    });
  }
  get freezePanes() {
    if (!this.context.state.supports('1.7')) throw new OfficeError('ApiNotFound', 'freezePanes needs ExcelApi 1.7');
    return { freezeRows: (n: number) => this.enqueue(() => (this.resolveSheet().frozenRows = n)) };
  }
  get onChanged() {
    return new FakeEventSource(this.context, () => this.resolveSheet().handlers, '1.7');
  }
}

class FakeWorkbookProxy {
  constructor(private context: FakeContext) {}
  get worksheets() {
    const context = this.context;
    const state = context.state;
    const collection = new FakeCollection<SheetState>(
      context,
      () => state.sheets,
      (s) => new FakeWorksheetProxy(context, () => s),
    );
    const extended = Object.assign(collection, {
      getItem: (name: string) => new FakeWorksheetProxy(context, () => state.sheet(name)),
      add: (name: string) => {
        context.queue.push({ op: () => void state.addSheet({ name }) });
        return new FakeWorksheetProxy(context, () => state.sheet(name));
      },
    });
    // A getter, so that merely touching `worksheets` works on Excel versions without the event.
    Object.defineProperty(extended, 'onChanged', {
      get: () => new FakeEventSource(context, () => state.collectionHandlers, '1.9'),
    });
    return extended as typeof extended & { onChanged: FakeEventSource };
  }
  get tables() {
    const context = this.context;
    const find = (name: string) => context.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const collection = new FakeCollection<TableState>(
      context,
      () => context.state.tables,
      (t) => new FakeTableProxy(context, () => t),
    );
    return Object.assign(collection, {
      getItemOrNullObject: (name: string) =>
        new FakeTableProxy(context, () => {
          const t = find(name);
          if (!t) throw new OfficeError('InvalidObjectPath', `The table ${name} is a null object.`);
          return t;
        }).trackNull(() => find(name)),
    });
  }
}

/** Office + Excel globals over a fake workbook, as the browser tests' stub office.js installs them. */
export function officeGlobals(
  workbook: FakeWorkbook,
  opts: { host?: string | null; platform?: string; displayLanguage?: string } = {},
): { Office: unknown; Excel: unknown } {
  const host = opts.host === undefined ? 'Excel' : opts.host;
  return {
    Office: {
      HostType: { Excel: 'Excel' },
      onReady: () => Promise.resolve({ host, platform: host ? (opts.platform ?? 'OfficeOnline') : null }),
      context: {
        displayLanguage: opts.displayLanguage ?? 'vi-VN',
        requirements: {
          isSetSupported: (name: string, version: string) => name === 'ExcelApi' && workbook.supports(version),
        },
      },
      actions: { associate: () => undefined },
    },
    Excel: {
      run: workbook.run,
      ...(workbook.supports('1.8') ? { createWorkbook: workbook.createWorkbook } : {}),
    },
  };
}

/** A rectangle of a sparse row → column map, with `empty` where nothing is set. */
function block<T>(rows: Map<number, Map<number, T>>, b: Bounds, empty: T): T[][] {
  const out: T[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const src = rows.get(r);
    const row: T[] = new Array(b.right - b.left + 1);
    for (let c = b.left; c <= b.right; c++) row[c - b.left] = src?.get(c) ?? empty;
    out.push(row);
  }
  return out;
}
