// Hoisting: function declarations are complete before code runs; var is undefined.
console.log(hoisted());
function hoisted() { return 'function declarations are hoisted'; }
console.log('var before assignment:', early);
var early = 'assigned';
console.log('var after assignment:', early);
try {
  notYet();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var notYet = function () { return 'expression'; };
console.log(notYet());
// The later declaration wins.
function dup() { return 'first'; }
console.log(dup());
function dup() { return 'second'; }
// A var with the same name as a function does not undo the function until assigned.
console.log(typeof both);
var both = 1;
function both() {}
console.log(typeof both);
function outer() {
  console.log('inner before its declaration:', inner());
  return inner;
  function inner() { return 'inner hoisted to the top of outer'; }
}
console.log(typeof outer());
function shadowParam(x) {
  console.log('param before var:', x);
  var x;
  console.log('still param:', x);
  var x = 'reassigned';
  console.log(x);
}
shadowParam('arg');
