// Function.prototype.toString returns the exact source text of a function.
function add(a, b) {
  return a + b; // comment kept
}
console.log(add.toString());
const arrow = (x) => x * 2;
console.log(String(arrow));
const obj = { method(a) { return a; }, get g() { return 1; } };
console.log(obj.method.toString());
console.log(Object.getOwnPropertyDescriptor(obj, 'g').get.toString());
class A {
  constructor() { this.x = 1; }
  m() {}
}
console.log(A.toString());
console.log(A.prototype.m.toString());
console.log(`${async function named() { await 1; }}`);
console.log(Math.max.toString());
console.log(function () {}.bind(null).toString());
console.log(Function.prototype.toString.call(class {}));
