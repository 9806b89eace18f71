// flat with depth, flatMap, and holes removed by flat.
const nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.flat());
console.log(nested.flat(2));
console.log(nested.flat(Infinity));
console.log(nested.flat(0), nested.flat(-1));
console.log([1, , 3, [4, , 6]].flat());
console.log([[]].flat(), [[], [[]]].flat(), [[], [[]]].flat(2));
console.log(['a b', 'c'].flatMap((s) => s.split(' ')));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]));
console.log([1, 2].flatMap((x) => [[x]]));
console.log([1, 2, 3].flatMap((x) => (x % 2 ? [] : x)));
console.log([{ length: 1, 0: 'array-like not flattened' }].flat());
console.log(['str'].flat(), [new Set([1])].flat().length);
