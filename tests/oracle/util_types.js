// util.types checks what a value is, not what it inherits from.
const { types } = require('util');
class MyError extends Error {}
const values = {
  date: new Date(),
  fakeDate: Object.create(Date.prototype),
  map: new Map(),
  set: new Set(),
  promise: Promise.resolve(),
  thenable: { then() {} },
  asyncFn: async () => {},
  plainFn: function () {},
  error: new MyError('x'),
  fakeError: Object.create(Error.prototype),
  boxed: new String('s'),
  bytes: new Uint8Array(2),
  buffer: new ArrayBuffer(4),
  args: (function () {
    return arguments;
  })(),
  mapIterator: new Map().keys(),
  weakMap: new WeakMap(),
};
for (const [name, value] of Object.entries(values)) {
  const matches = Object.keys(types).filter((check) => types[check](value));
  console.log(name, matches.join(',') || '-');
}
console.log(require('util/types') === types, types.isDate.name);
