// The top level of a CommonJS script: var and function declarations are module-local.
var topVar = 1;
let topLet = 2;
function topFn() {}
console.log('var on globalThis:', 'topVar' in globalThis);
console.log('let on globalThis:', 'topLet' in globalThis);
console.log('function on globalThis:', 'topFn' in globalThis);
globalThis.explicitGlobal = 'set on globalThis';
console.log(explicitGlobal);
function makeImplicit() { implicitGlobal = 'sloppy assignment creates a global'; }
makeImplicit();
console.log(implicitGlobal, globalThis.implicitGlobal === implicitGlobal);
console.log(typeof this, JSON.stringify(this), Object.keys(this).length);
console.log(typeof globalThis, globalThis === globalThis.globalThis);
delete globalThis.implicitGlobal;
console.log(typeof implicitGlobal);
function strictAssign() {
  'use strict';
  undeclaredInStrict = 1;
}
try {
  strictAssign();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
