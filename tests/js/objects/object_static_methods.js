// Object.keys, values, entries, fromEntries, assign.
const o = { a: 1, b: 'two', c: [3] };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.fromEntries([['x', 1], ['y', 2]]));
console.log(Object.fromEntries(new Map([['m', true]])));
console.log(Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v])));
const target = { a: 0 };
const returned = Object.assign(target, { b: 1 }, null, undefined, { a: 2 }, 'xy');
console.log(returned === target, target);
console.log(Object.keys('abc'), Object.values('ab'), Object.entries([7, 8]));
console.log(Object.keys(5), Object.keys(true));
try {
  Object.keys(undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.keys(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
console.log(Object.keys(hidden), Object.getOwnPropertyNames(hidden));
const proto = { inherited: true };
const child = Object.assign(Object.create(proto), { own: true });
console.log(Object.keys(child), Object.entries(child));
const log = [];
const getterSource = { get g() { log.push('getter ran'); return 'g'; } };
const copied = Object.assign({}, getterSource);
console.log(log, Object.getOwnPropertyDescriptor(copied, 'g').value);
