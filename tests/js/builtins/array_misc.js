// at, copyWithin, lastIndexOf, with, Array.prototype methods on strings.
console.log(['a', 'b', 'c'].at(0), ['a', 'b', 'c'].at(-1), [].at(0));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2));
console.log([1, 2, 3].with(1, 'two'), [1, 2, 3].with(-1, 'last'));
try {
  [1].with(5, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Array.prototype.map.call('abc', (c) => c.toUpperCase()));
console.log(Array.prototype.filter.call('a1b2', (c) => c >= '0' && c <= '9'));
console.log([3, 1, 2].toSpliced(1, 1), [1, 2, 3].lastIndexOf(3, -2));
const matrix = [[1, 2, 3], [4, 5, 6]];
const transposed = matrix[0].map((_, i) => matrix.map((row) => row[i]));
console.log(transposed);
const chunk = (arr, n) => Array.from({ length: Math.ceil(arr.length / n) }, (_, i) => arr.slice(i * n, i * n + n));
console.log(chunk([1, 2, 3, 4, 5, 6, 7], 3));
const unique = [...new Set([3, 1, 3, 2, 1])];
console.log(unique);
const zip = (a, b) => a.map((x, i) => [x, b[i]]);
console.log(zip(['a', 'b'], [1, 2]));
