// ++ and -- on properties, array elements, getters/setters and coercing values.
const o = { n: 1, s: '9', u: undefined, nul: null, arr: [1], obj: {} };
console.log(o.n++, o.n, ++o.n, o['n']--, o.n);
o.s++;
o.u++;
o.nul++;
o.arr++;
o.obj++;
console.log(o);
const a = [0, 0, 0];
let i = 0;
a[i++]++;
a[i++] += 5;
console.log(a, i);
const log = [];
const acc = {
  _v: 10,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
acc.v++;
acc.v += 2;
acc.v **= 2;
console.log(acc._v, log);
const counts = {};
for (const w of 'abca') counts[w] = (counts[w] || 0) + 1;
console.log(counts);
let big = Number.MAX_SAFE_INTEGER;
big++;
big++;
console.log(big);
const frozen = Object.freeze({ x: 1 });
frozen.x++;
console.log(frozen.x);
