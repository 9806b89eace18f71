// Shadowing: inner bindings hide outer ones; parameters, catch params and functions.
const value = 'global';
function f(value) {
  console.log('param shadows:', value);
  {
    const value = 'block';
    console.log('block shadows:', value);
  }
  return value;
}
console.log(f('param'));
try {
  throw 'thrown';
} catch (value) {
  console.log('catch param shadows:', value);
}
console.log('outer unchanged:', value);
let counter = 1;
function inc() {
  let counter = 100;
  counter++;
  return counter;
}
console.log(inc(), counter);
const g = function value2() { return typeof value2; };
console.log(g(), typeof value2);
const named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(named(5));
function h() {
  const Math = { max: () => 'shadowed Math' };
  return Math.max(1, 2);
}
console.log(h(), Math.max(1, 2));
const undefinedShadow = ((undefined) => undefined)(5);
console.log('undefined as a param name:', undefinedShadow);
