// for-in: enumeration order, own and inherited enumerable keys, shadowing, arrays, strings.
const proto = { inheritedA: 1, shadowed: 'proto' };
const obj = Object.create(proto);
obj.b = 2;
obj[2] = 'two';
obj.shadowed = 'own';
obj[1] = 'one';
Object.defineProperty(obj, 'hidden', { value: 'x', enumerable: false });
Object.defineProperty(proto, 'protoHidden', { value: 'y', enumerable: false });
const keys = [];
for (const k in obj) keys.push(k + (Object.hasOwn(obj, k) ? '(own)' : '(inherited)'));
console.log(keys);
const arr = ['a', 'b'];
arr.extra = 'e';
for (const i in arr) console.log('array key', i, typeof i);
for (const i in 'hey') console.log('string key', i);
for (const k in null) console.log('never');
for (const k in undefined) console.log('never');
for (const k in 42) console.log('never');
console.log('null/undefined/number enumerate nothing');
const added = { a: 1, b: 2 };
const seen = [];
for (const k in added) {
  seen.push(k);
  if (k === 'a') { delete added.b; added.c = 3; }
}
console.log('delete during for-in skips b:', seen);
class Animal { constructor() { this.name = 'n'; } speak() {} }
for (const k in new Animal()) console.log('class instance key', k);
const symKey = { [Symbol('s')]: 1, visible: 2 };
for (const k in symKey) console.log('symbols are skipped:', k);
