/** package.json's version, put in by webpack's DefinePlugin. */
declare const PHOIHOP_VERSION: string;
