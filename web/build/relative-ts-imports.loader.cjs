// The dictionary is TypeScript written for Node's module resolution, where a relative import
// names the compiled `.js` file. Turbopack has no extension alias, so the web build points such
// imports at the `.ts` sources the files really are.
const relativeJsImport = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\.js\2/g;

module.exports = function rewriteRelativeJsImports(source) {
  return source.replace(relativeJsImport, (_match, keyword, quote, path) => `${keyword}${quote}${path}.ts${quote}`);
};
