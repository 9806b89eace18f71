// The CommonJS wrapper: module.exports and exports, this at top level, __filename and __dirname.
console.log(module.exports === exports, this === module.exports);
exports.answer = 42;
console.log(module.exports.answer);
console.log(typeof module.id, typeof require.cache);
console.log(__filename.endsWith('globals_module_wrapper.js'), __filename.startsWith(__dirname));
