// Subclassing Array: length tracking, methods returning the subclass, Symbol.species.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  get top() { return this.peek(); }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s.top, Array.isArray(s), s instanceof Stack);
const mapped = s.map((x) => x * 10);
console.log(mapped instanceof Stack, mapped.peek(), mapped.length);
const filtered = s.filter((x) => x > 1);
console.log(filtered instanceof Stack, filtered.join(','));
s.length = 1;
console.log(s.length, s[1]);
console.log(Stack.from([7, 8]).peek(), Stack.of(9).peek(), Stack.of(9) instanceof Stack);
class Plain extends Array {
  static get [Symbol.species]() { return Array; }
}
const p = Plain.from([1, 2, 3]);
const pm = p.map((x) => x);
console.log(p instanceof Plain, pm instanceof Plain, pm instanceof Array);
const lengthCtor = new Stack(3);
console.log(lengthCtor.length, 0 in lengthCtor);
class Matrix extends Array {
  sum() { return this.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0); }
}
const m = Matrix.from([[1, 2], [3, 4]]);
console.log(m.sum(), m.length);
