// The small helpers util still exports: the is* predicates, _extend, toUSVString,
// stripVTControlCharacters, and debuglog (silent without NODE_DEBUG).
const util = require('util');
console.log(util.isArray([]), util.isArray({ length: 0 }), util.isPrimitive(null), util.isPrimitive({}));
console.log(util.isError(new RangeError('r')), util.isFunction(class {}), util.isNullOrUndefined(undefined));
console.log(util.isObject(null), util.isObject([]), util.isString(''), util.isSymbol(Symbol()), util.isDate(new Date()));
console.log(util._extend({ a: 1, b: 1 }, { b: 2, c: 3 }));
console.log(JSON.stringify(util.toUSVString('ok\ud800!')));
console.log(util.stripVTControlCharacters('\u001b[1m\u001b[31mbold red\u001b[39m\u001b[22m plain'));
const debug = util.debuglog('app');
debug('not printed %d', 1);
console.log(typeof debug, debug.enabled);
