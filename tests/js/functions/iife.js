// Immediately invoked function expressions in their usual shapes.
(function () { console.log('classic IIFE'); })();
(function () { console.log('crockford IIFE'); }());
(() => console.log('arrow IIFE'))();
!function () { console.log('bang IIFE'); }();
void function () { console.log('void IIFE'); }();
const result = (function (a, b) { return a + b; })(2, 3);
console.log('result', result);
const counter = (function () {
  let n = 0;
  return { next: () => ++n };
})();
console.log(counter.next(), counter.next());
const named = (function fact(n) { return n < 2 ? 1 : n * fact(n - 1); })(6);
console.log(named);
(async () => { console.log('async arrow IIFE starts synchronously'); })();
console.log('after async IIFE');
const module_ = ((exports) => { exports.value = 42; return exports; })({});
console.log(module_);
