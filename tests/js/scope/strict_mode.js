// Strict mode differences visible from a sloppy script.
function sloppyThis() { return typeof this; }
function strictThis() { 'use strict'; return typeof this; }
console.log(sloppyThis(), strictThis());
console.log(sloppyThis.call(5), (function () { 'use strict'; return typeof this; }).call(5));
function strictWrite() {
  'use strict';
  const frozen = Object.freeze({ a: 1 });
  try {
    frozen.a = 2;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  try {
    delete Object.prototype;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  try {
    undefined = 1;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
strictWrite();
function sloppyWrite() {
  const frozen = Object.freeze({ a: 1 });
  frozen.a = 2;
  console.log('sloppy ignores the write:', frozen.a);
  console.log('sloppy delete result:', delete Object.prototype);
}
sloppyWrite();
class InClass {
  m() { return typeof this; }
}
const m = new InClass().m;
console.log('class bodies are strict:', m());
