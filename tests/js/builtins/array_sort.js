// sort: default order compares strings, comparators, stability, undefined and holes last.
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort());
console.log([true, false, 'true', null, 'null', undefined, 3, '3'].sort());
console.log([3, undefined, 1, , 2].sort(), [3, undefined, 1, , 2].sort((a, b) => b - a));
console.log([-1, -2, 0, -0, 1].sort(), [0.5, -0.5, 1e21, 2e-7].sort());
const people = [
  { name: 'ann', age: 30 }, { name: 'bob', age: 25 }, { name: 'cat', age: 30 },
  { name: 'dan', age: 25 }, { name: 'eve', age: 30 }, { name: 'fay', age: 25 },
  { name: 'gus', age: 30 }, { name: 'hal', age: 25 }, { name: 'ida', age: 30 },
  { name: 'jon', age: 25 }, { name: 'kim', age: 30 }, { name: 'lee', age: 25 },
];
console.log('stable:', people.sort((a, b) => a.age - b.age).map((p) => p.name).join(' '));
const big = Array.from({ length: 100 }, (_, i) => ({ k: i % 3, i }));
big.sort((a, b) => a.k - b.k);
console.log('stable on 100:', big.every((v, i) => i === 0 || big[i - 1].k < v.k || big[i - 1].i < v.i));
const arr = [3, 1, 2];
console.log(arr.sort() === arr, arr);
console.log([[2, 'b'], [1, 'z'], [2, 'a']].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
try {
  [1, 2].sort('not a function');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log([5, 1, 4].toSorted(), [1, 2, 3].toReversed());
