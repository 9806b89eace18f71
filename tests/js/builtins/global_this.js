// globalThis and the standard global values and functions.
console.log(typeof globalThis, globalThis.globalThis === globalThis);
console.log(globalThis.Array === Array, globalThis.Math === Math, globalThis.JSON === JSON);
console.log(globalThis.undefined, globalThis.NaN, globalThis.Infinity);
console.log(typeof globalThis.parseInt, typeof globalThis.isNaN, typeof globalThis.console.log);
globalThis.myGlobal = 'visible everywhere';
function read() { return myGlobal; }
console.log(read(), 'myGlobal' in globalThis, delete globalThis.myGlobal, typeof myGlobal);
const d = Object.getOwnPropertyDescriptor(globalThis, 'undefined');
console.log(d.writable, d.enumerable, d.configurable);
undefined = 'ignored';
NaN = 'ignored';
console.log(undefined, NaN);
const names = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Error', 'TypeError',
  'RangeError', 'SyntaxError', 'ReferenceError', 'AggregateError', 'Promise', 'Map', 'Set', 'WeakMap',
  'WeakSet', 'Date', 'JSON', 'Math', 'Reflect', 'setTimeout', 'queueMicrotask'];
console.log(names.map((n) => typeof globalThis[n]).join(' '));
console.log(Object.keys(globalThis).includes('Array'), Object.getOwnPropertyNames(globalThis).includes('Array'));
