// Arrow functions take `this` from where they are written; regular functions from the call.
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() {
    const inner = () => this.name;
    return inner();
  },
  delayed() {
    return [1, 2].map(function () { return this === undefined ? 'undefined' : typeof this; });
  },
  delayedArrow() {
    return [1, 2].map(() => this.name);
  },
};
console.log(obj.regular(), obj.arrow(), obj.nested());
console.log(obj.delayed(), obj.delayedArrow());
const detached = obj.regular;
console.log('detached regular:', detached());
const other = { name: 'other', regular: obj.regular, nested: obj.nested };
console.log(other.regular(), other.nested());
const arrowCall = (() => this).call({ name: 'ignored' });
console.log('call cannot rebind an arrow:', arrowCall === this ? 'top-level this' : typeof arrowCall);
const f = (a) => a * 2;
const g = (a, b) => { return a + b; };
const h = () => ({ object: 'literal' });
const k = async () => 'async arrow';
console.log(f(4), g(1, 2), h(), typeof k, f.prototype, 'prototype' in f);
try {
  new f();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function Counter() {
  this.count = 0;
  const tick = () => { this.count++; };
  tick(); tick();
}
console.log(new Counter().count);
const curry = (a) => (b) => (c) => a + b + c;
console.log(curry(1)(2)(3));
