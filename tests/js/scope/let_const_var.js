// let, const and var: redeclaration, reassignment, function vs block scope.
var v = 1;
var v = 2; // var may be redeclared
console.log('v', v);
let l = 1;
l = 2;
console.log('l', l);
const c = { n: 1 };
c.n = 2; // the binding is constant, the object is not
console.log('c.n', c.n);
try {
  c = {};
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function fnScope() {
  if (true) {
    var inside = 'var leaks out of the block';
    let blockOnly = 'let stays';
    console.log(blockOnly);
  }
  console.log(inside);
  console.log(typeof blockOnly);
}
fnScope();
for (var i = 0; i < 3; i++) {}
console.log('var i after loop', i);
for (let j = 0; j < 3; j++) {}
console.log('typeof j after loop', typeof j);
console.log('global var on globalThis:', typeof globalThis.v);
const x = 1;
{
  const x = 2;
  {
    const x = 3;
    console.log('innermost x', x);
  }
  console.log('middle x', x);
}
console.log('outer x', x);
let u;
console.log('let without initializer', u);
