// Object.defineProperty and descriptors: writable, enumerable, configurable, accessors.
const o = {};
Object.defineProperty(o, 'fixed', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'fixed'));
o.fixed = 2;
console.log(o.fixed, Object.keys(o), JSON.stringify(o));
Object.defineProperty(o, 'visible', { value: 'v', enumerable: true, writable: true, configurable: true });
console.log(Object.keys(o), Object.getOwnPropertyNames(o));
let store = 0;
Object.defineProperty(o, 'acc', {
  get() { return store * 2; },
  set(v) { store = v; },
  enumerable: true,
});
o.acc = 21;
console.log(o.acc, Object.getOwnPropertyDescriptor(o, 'acc').set !== undefined);
try {
  Object.defineProperty(o, 'fixed', { value: 3 });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.defineProperty(o, 'bad', { value: 1, get() {} });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.defineProperty(1, 'x', { value: 1 });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
Object.defineProperties(o, { p1: { value: 'one', enumerable: true }, p2: { value: 'two' } });
console.log(o.p1, o.p2, Object.keys(o));
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { writable: false });
try {
  'use strict';
  arr.push(4);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object.getOwnPropertyNames('ab'), Object.getOwnPropertyNames([5]));
