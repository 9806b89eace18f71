// The arguments object: length, indexing, mapping to params in sloppy mode, arrows have none.
function f(a, b) {
  console.log('length', arguments.length, 'values', arguments[0], arguments[1], arguments[2]);
  arguments[0] = 'changed';
  console.log('a mapped in sloppy mode:', a);
  b = 'param changed';
  console.log('arguments[1] mapped:', arguments[1]);
  return Array.from(arguments);
}
console.log(f(1, 2, 3));
function strict(a) {
  'use strict';
  arguments[0] = 'changed';
  return a;
}
console.log('strict not mapped:', strict('original'));
function withDefault(a = 0) {
  arguments[0] = 'changed';
  return a;
}
console.log('defaults not mapped:', withDefault('original'));
function outer() {
  const arrow = () => arguments[0];
  return arrow('ignored');
}
console.log('arrow sees outer arguments:', outer('outer arg'));
function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log(sum(1, 2, 3, 4));
function toArr() { return Array.prototype.slice.call(arguments, 1); }
console.log(toArr('a', 'b', 'c'));
function typeOf() { return [typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)]; }
console.log(typeOf());
function spreadArgs() { return [...arguments].reverse(); }
console.log(spreadArgs(1, 2, 3));
function few(a, b, c) { return arguments.length + ' of ' + few.length; }
console.log(few(1));
