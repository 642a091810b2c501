// The tool's version, from package.json (tsc copies nothing else from the root).
import pkg from '../../package.json';
export const VERSION: string = pkg.version;
