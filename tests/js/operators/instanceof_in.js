// instanceof and in as operators: precedence, negation, arrays, and the TypeErrors.
class A {}
const a = new A();
console.log(a instanceof A, !(a instanceof A), !a instanceof A);
const o = { k: 1, 0: 'zero' };
console.log('k' in o, 0 in o, 'toString' in o, !('x' in o));
console.log(0 in [1], 1 in [1], 'length' in [], Symbol.iterator in []);
const key = 'k';
console.log(key in o && o[key] === 1);
try {
  'k' in 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'k' in null;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  a instanceof 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  a instanceof a;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
for (const k in { x: 1 }) console.log('for-in is not the in operator:', k);
console.log([1, 2, 3].filter((i) => i in [10, 20]).length);
