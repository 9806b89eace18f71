// Built-in objects: Math, JSON, globalThis-like, arguments, iterators and generator objects.
console.log(Math, JSON);
(function () { console.log(arguments); })(1, 'two');
console.log([1, 2][Symbol.iterator](), 'str'[Symbol.iterator]());
console.log(Object(2));
console.log(Reflect);
