// delete and in: own vs inherited, non-configurable properties, arrays.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
console.log('own' in o, 'inherited' in o, 'missing' in o, 'toString' in o);
console.log(delete o.own, 'own' in o, delete o.inherited, 'inherited' in o, delete o.missing);
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length, 1 in arr);
console.log(0 in arr, '0' in arr, 'length' in arr);
const fixed = Object.defineProperty({}, 'k', { value: 1, configurable: false });
console.log('sloppy delete of non-configurable:', delete fixed.k, fixed.k);
(function () {
  'use strict';
  try {
    delete fixed.k;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
})();
try {
  console.log('x' in 'a string');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const sym = Symbol('s');
const withSym = { [sym]: 1 };
console.log(sym in withSym, delete withSym[sym], sym in withSym);
console.log(delete 42, delete o);
