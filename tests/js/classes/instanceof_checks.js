// instanceof: prototype chains, primitives, Symbol.hasInstance, and its TypeErrors.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, new A() instanceof B);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log('str' instanceof String, new String('s') instanceof String, 5 instanceof Number);
console.log(null instanceof Object, undefined instanceof Object);
console.log(function () {} instanceof Function, Function instanceof Object, Object instanceof Function);
const bare = Object.create(null);
console.log(bare instanceof Object);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const f = new F();
F.prototype = {};
console.log('after replacing prototype:', f instanceof F);
try {
  console.log(b instanceof {});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  console.log(b instanceof (() => {}));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(A.prototype.isPrototypeOf(b), Object.prototype.isPrototypeOf.call(B.prototype, b));
