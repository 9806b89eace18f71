// Symbol: description, toString, uniqueness, Symbol.for/keyFor, symbols as keys, well-known symbols.
const s = Symbol('desc');
const empty = Symbol();
console.log(typeof s, s.toString(), String(s), s.description, empty.description, empty.toString());
console.log(Symbol('a') === Symbol('a'), Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s));
console.log(Symbol.iterator.toString(), Symbol.iterator.description, typeof Symbol.asyncIterator);
const obj = { [s]: 'symbol value', regular: 1 };
obj[empty] = 'anonymous symbol';
console.log(obj[s], Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).length);
for (const k in obj) console.log('for-in key', k);
const counter = { from: 1, to: 3, [Symbol.iterator]() { let v = this.from, to = this.to; return { next: () => (v <= to ? { value: v++, done: false } : { done: true, value: undefined }) }; } };
console.log([...counter]);
try {
  new Symbol();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  s + '';
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  +s;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object(s) instanceof Symbol, typeof Object(s), Object(s).description, Boolean(s), !s);
const describe = { [Symbol.toStringTag]: 'Described' };
console.log(String(describe), Object.prototype.toString.call(describe));
const prim = { [Symbol.toPrimitive](hint) { return hint; } };
console.log(`${prim}`, prim + '', +prim);
console.log(Symbol('x').description === 'x', Symbol.prototype.toString.call(Symbol('y')));
