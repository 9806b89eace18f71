// Holes and length: sparse arrays, writing past the end, truncating, and invalid lengths.
const a = [1, , 3];
console.log(a.length, 1 in a, a[1], Object.keys(a));
const b = [];
b[5] = 'five';
console.log(b.length, b, Object.keys(b));
b.length = 2;
console.log(b, b[5]);
const c = [1, 2, 3, 4, 5];
c.length = 3;
console.log(c);
c.length = 5;
console.log(c, 3 in c);
c[c.length] = 'appended';
console.log(c.length);
const d = [1, 2, 3];
delete d[1];
console.log(d, d.length);
console.log([, , ,].length, [1, , ].length);
try {
  const e = [];
  e.length = -1;
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  [].length = 2 ** 32;
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
const f = [];
f['4294967295'] = 'not an index';
console.log(f.length, Object.keys(f));
const g = [];
g[4294967294] = 'last index';
console.log(g.length);
console.log(Array.from({ length: 3 }).every((v) => v === undefined), new Array(3).every((v) => false));
