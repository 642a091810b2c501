// Stands in for jsonpath-plus in the browser bundle. json-rules-engine only calls JSONPath as
// its default path resolver, and our runner always passes its own dot-path resolver
// (src/core/rules/run-rules.ts), so this is never reached; it saves ~25 KB and never evaluates
// an expression from a rule file.
export function JSONPath(): never {
  throw new Error('JSONPath is not available in the task pane');
}
