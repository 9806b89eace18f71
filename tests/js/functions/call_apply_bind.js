// Function.prototype.call, apply and bind.
function describe(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const ann = { name: 'Ann' };
console.log(describe.call(ann, 'Hi', '!'));
console.log(describe.apply(ann, ['Hello', '?']));
console.log(describe.apply(ann, { length: 2, 0: 'Array-like', 1: '.' }));
const bound = describe.bind(ann, 'Bound');
console.log(bound('~'));
console.log(bound.call({ name: 'Other' }, '#'));
const rebound = bound.bind({ name: 'Again' });
console.log(rebound('%'));
console.log(bound.name, bound.length, describe.length);
function Pt(x, y) { this.x = x; this.y = y; }
const BoundPt = Pt.bind(null, 1);
const p = new BoundPt(2);
console.log(p.x, p.y, p instanceof Pt, p instanceof BoundPt);
function showThis() { return this === undefined ? 'undefined' : this === null ? 'null' : typeof this; }
function strictShowThis() { 'use strict'; return this === undefined ? 'undefined' : this === null ? 'null' : typeof this; }
console.log(showThis.call(null) === showThis.call(undefined), showThis.call(1), showThis.call('s'));
console.log(strictShowThis.call(null), strictShowThis.call(undefined), strictShowThis.call(1));
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.join.call('abc', '-'));
const push = Array.prototype.push;
const arrayLike = { length: 0 };
push.call(arrayLike, 'a', 'b');
console.log(arrayLike);
try {
  describe.apply(ann, 5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(describe.call.length, describe.apply.length, describe.bind.length);
