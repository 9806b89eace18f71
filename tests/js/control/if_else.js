// if/else chains, truthiness of every kind of value, and dangling else.
function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) return 'small';
  else return 'large';
}
console.log([-5, 0, 3, 42].map(classify));
const values = [0, -0, '', ' ', '0', 'false', null, undefined, NaN, [], {}, false, function () {}, Infinity];
for (const v of values) {
  if (v) console.log('truthy:', typeof v === 'string' ? JSON.stringify(v) : v);
  else console.log('falsy: ', typeof v === 'string' ? JSON.stringify(v) : v);
}
function dangling(a, b) {
  if (a)
    if (b) return 'a and b';
    else return 'a not b';
  return 'not a';
}
console.log(dangling(true, true), dangling(true, false), dangling(false, true));
let x = 0;
if (x++ === 0 && x++ === 1) console.log('both sides ran, x =', x);
if (x === 99 || (x = 10)) console.log('assignment in condition, x =', x);
if (true) ; else console.log('never');
console.log(new Boolean(false) ? 'boxed false is truthy' : 'falsy');
