// deprecate warns once per wrapped function (once per code across functions), on stderr, from a
// later tick; the wrapped function still runs and returns.
const util = require('util');
const oldAdd = util.deprecate((a, b) => a + b, 'oldAdd() is deprecated. Use add() instead.');
const other = util.deprecate(() => 'other', 'other() is deprecated.', 'DEP0999');
const same = util.deprecate(() => 'same', 'same code, no second warning.', 'DEP0999');
console.log(oldAdd(1, 2));
console.log(oldAdd(3, 4));
console.log(other(), same(), other());
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
console.log('end of script');
