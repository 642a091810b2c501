// Which Excel requirement set each Office.js member the add-in touches belongs to, read offline
// from the `[Api set: …]` annotations in @types/office-js, and whether a use newer than the
// manifest's minimum is reached only behind a run-time capability check.
//
// A capability is a name from `capabilitiesOf` in src/office/host.ts (events, dropdowns, …), each
// set from `isSetSupported('ExcelApi', v)`. A use of a member of ExcelApi v is guarded when
// - it sits in the true branch of an `if`, `?:` or `&&` whose condition names a capability of
//   version ≥ v (`caps.dropdowns`, `host.capabilities.events`, a `collectionEvents` flag), or
// - its function says `@requires ExcelApi v` in its doc comment and every call of that function
//   is guarded in the same way.
import path from 'node:path';
import ts from 'typescript';

export interface ApiUse {
  member: string;
  set: string;
  version: string;
  file: string;
  line: number;
  guarded: boolean;
  /** How the use is guarded, or why not. */
  how: string;
}

const cmp = (a: string, b: string) => {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || (a2 ?? 0) - (b2 ?? 0);
};

/** `name: has('1.7')` pairs of capabilitiesOf, from the host module's source. */
export function capabilityVersions(hostSource: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of hostSource.matchAll(/(\w+):\s*has\('(\d+\.\d+)'\)/g)) out.set(m[1], m[2]);
  return out;
}

function apiSetOf(decl: ts.Declaration): { set: string; version: string } | null {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  for (const r of ranges) {
    const m = /\[Api set: (\w+) (\d+\.\d+)\]/.exec(sf.text.slice(r.pos, r.end));
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

function isOfficeDeclaration(decl: ts.Declaration): boolean {
  return decl.getSourceFile().fileName.includes(`${path.sep}@types${path.sep}office-js${path.sep}`);
}

function requiresTag(fn: ts.Node): string | null {
  for (const tag of ts.getJSDocTags(fn)) {
    const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    if (tag.tagName.text === 'requires') {
      const m = /ExcelApi (\d+\.\d+)/.exec(text ?? '');
      if (m) return m[1];
    }
  }
  return null;
}

/** The function a node sits in, with the declaration its doc comment is attached to. */
function enclosingFunction(node: ts.Node): ts.Node | null {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) return n;
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))
      return n.parent.parent.parent; // the VariableStatement carries the doc comment
  }
  return null;
}

function namesCapability(cond: ts.Node, caps: Map<string, string>, version: string): string | null {
  let found: string | null = null;
  const visit = (n: ts.Node) => {
    if (found) return;
    const name = ts.isIdentifier(n) ? n.text : ts.isPropertyAccessExpression(n) ? n.name.text : null;
    const v = name ? caps.get(name) : undefined;
    if (name && v && cmp(v, version) >= 0) found = name;
    else ts.forEachChild(n, visit);
  };
  visit(cond);
  return found;
}

/** The capability an ancestor condition checks before `node` runs, if any. */
function guardOf(node: ts.Node, caps: Map<string, string>, version: string): string | null {
  for (let child = node, n = node.parent; n; child = n, n = n.parent) {
    let cond: ts.Node | null = null;
    if (ts.isIfStatement(n) && child === n.thenStatement) cond = n.expression;
    else if (ts.isConditionalExpression(n) && child === n.whenTrue) cond = n.condition;
    else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === n.right
    )
      cond = n.left;
    const cap = cond && namesCapability(cond, caps, version);
    if (cap) return cap;
  }
  return null;
}

export function checkApiSets(files: string[], caps: Map<string, string>, minimum: string): ApiUse[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['office-js'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((sf) => files.includes(path.resolve(sf.fileName)));
  const uses: ApiUse[] = [];
  // Functions that declare a requirement, and the calls to them still to be checked.
  const needs: Array<{ fn: ts.Symbol; version: string; member: string }> = [];
  const calls: Array<{ node: ts.CallExpression; fn: ts.Symbol }> = [];

  for (const sf of ours) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const sym = checker.getSymbolAtLocation(node.name);
        const decl = sym?.declarations?.find(isOfficeDeclaration);
        const api = decl && apiSetOf(decl);
        if (decl && api) {
          const owner = (decl.parent as ts.NamedDeclaration).name?.getText() ?? '';
          const member = `${owner}.${node.name.text}`;
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          const use: ApiUse = {
            member,
            ...api,
            file: path.relative(process.cwd(), sf.fileName),
            line: line + 1,
            guarded: true,
            how: 'within the minimum',
          };
          if (api.set !== 'ExcelApi') {
            use.guarded = false;
            use.how = `requirement set ${api.set} is not declared in the manifest`;
          } else if (cmp(api.version, minimum) > 0) {
            const cap = guardOf(node, caps, api.version);
            const fn = enclosingFunction(node);
            const tagged = fn && requiresTag(fn);
            if (cap) use.how = `behind capability ${cap}`;
            else if (tagged && cmp(tagged, api.version) >= 0) {
              const name = ts.isVariableStatement(fn)
                ? fn.declarationList.declarations[0].name
                : (fn as ts.FunctionDeclaration).name;
              const fnSym = name && checker.getSymbolAtLocation(name);
              if (fnSym && !needs.some((n) => n.fn === fnSym && n.version === tagged))
                needs.push({ fn: fnSym, version: tagged, member });
              use.how = `in a function that @requires ExcelApi ${tagged}`;
            } else {
              use.guarded = false;
              use.how = 'no capability check before it';
            }
          }
          uses.push(use);
        }
      }
      if (ts.isCallExpression(node)) {
        const target = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
        let sym = checker.getSymbolAtLocation(target);
        if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
        if (sym) calls.push({ node, fn: sym });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  // Every call of a function that @requires a newer set must itself be guarded (or tagged).
  for (const need of needs) {
    for (const call of calls.filter((c) => c.fn === need.fn)) {
      const sf = call.node.getSourceFile();
      const { line } = sf.getLineAndCharacterOfPosition(call.node.getStart());
      const cap = guardOf(call.node, caps, need.version);
      const fn = enclosingFunction(call.node);
      const tagged = fn && requiresTag(fn);
      const ok = !!cap || (!!tagged && cmp(tagged, need.version) >= 0);
      uses.push({
        member: `${need.fn.name}()`,
        set: 'ExcelApi',
        version: need.version,
        file: path.relative(process.cwd(), sf.fileName),
        line: line + 1,
        guarded: ok,
        how: `uses ${need.member}; ${cap ? `call behind capability ${cap}` : ok ? 'call in a tagged function' : 'called without a capability check'}`,
      });
    }
  }
  return uses;
}
