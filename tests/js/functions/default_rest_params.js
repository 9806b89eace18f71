// Default parameters and rest parameters.
function greet(name = 'stranger', greeting = `hello ${name}`) { return greeting; }
console.log(greet(), greet('ann'), greet('bob', 'hi'), greet(undefined, 'yo'), greet(null));
let calls = 0;
function lazy(x = ++calls) { return x; }
lazy(); lazy(5); lazy();
console.log('default evaluated only when needed:', calls);
function rest(first, ...others) { return [first, others, others.length, Array.isArray(others)]; }
console.log(rest(1), rest(1, 2, 3));
const sumAll = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sumAll(), sumAll(1, 2, 3, 4));
function lengths(a, b = 2, ...c) {}
console.log('length stops at the first default:', lengths.length);
function defaultsSeeEarlier(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(defaultsSeeEarlier(1), defaultsSeeEarlier(1, 1));
function defaultFromOuter(x = outerValue) { return x; }
const outerValue = 'outer';
console.log(defaultFromOuter());
function defaultFn(cb = () => 'default callback') { return cb(); }
console.log(defaultFn(), defaultFn(() => 'given'));
function destructDefault({ a = 1, b = 2 } = {}) { return a + b; }
console.log(destructDefault(), destructDefault({ a: 10 }));
