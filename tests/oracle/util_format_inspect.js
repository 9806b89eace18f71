// util.format and util.inspect are console.log's; util.inspect.custom customises both.
const util = require('util');
console.log(util.format('%s has %d items costing %i, %j', 'cart', 3, 42.9, { a: 1 }));
console.log(util.format('%o and %O', [1], { deep: { deeper: { deepest: {} } } }), util.format('a', 'b', 1));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
console.log(util.inspect('text'), util.inspect([1, 2, 3], { maxArrayLength: 1 }));
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  [util.inspect.custom]() {
    return 'Money<' + this.cents + '>';
  }
}
console.log(new Money(150), util.inspect(new Money(5)));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.formatWithOptions({ depth: 0 }, 'nested %s', 'x', { a: { b: 1 } }));
