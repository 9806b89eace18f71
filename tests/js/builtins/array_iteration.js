// forEach, map, filter, reduce, reduceRight, some, every: callbacks, holes, and errors.
const arr = [1, 2, 3, 4];
arr.forEach((v, i, self) => console.log('forEach', v, i, self === arr));
console.log(arr.map((v) => v * 2), arr.filter((v) => v % 2 === 0));
console.log(arr.reduce((acc, v) => acc + v), arr.reduce((acc, v) => acc + v, 10));
console.log(arr.reduceRight((acc, v) => acc + v, ''), ['a', 'b', 'c'].reduce((acc, v, i) => acc + v + i, '>'));
console.log(arr.some((v) => v > 3), arr.every((v) => v > 0), [].some(() => true), [].every(() => false));
console.log([1, , 3].map((v) => v * 10), [1, , 3].filter(() => true));
let calls = 0;
[1, , 3].forEach(() => calls++);
console.log('forEach skips holes:', calls);
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  [1].map();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  [1].forEach('nope');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'));
const grown = [1, 2];
grown.forEach((v) => { if (v < 3) grown.push(v + 10); });
console.log('visited only the original length:', grown);
const flags = [];
[10, 20, 30].some((v) => { flags.push(v); return v >= 20; });
console.log('some stops early:', flags);
const thisArg = { mult: 3 };
console.log([1, 2].map(function (v) { return v * this.mult; }, thisArg));
console.log(['1', '2', '3'].map(parseInt), ['1', '2', '3'].map(Number));
const grouped = ['apple', 'avocado', 'banana', 'cherry', 'blueberry'].reduce((acc, w) => {
  (acc[w[0]] ||= []).push(w);
  return acc;
}, {});
console.log(grouped);
