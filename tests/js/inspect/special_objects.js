// Built-in objects: Math, JSON, globalThis-like, arguments, iterators and generator objects.
console.log(Math, JSON);
(function () { console.log(arguments); })(1, 'two');
console.log([1, 2][Symbol.iterator](), 'str'[Symbol.iterator]());
function* gen() { yield 1; }
console.log(gen());
console.log(Object(2));
console.log(Reflect);
