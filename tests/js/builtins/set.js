// Set: uniqueness (SameValueZero), order, size, delete, iteration, and set algebra by hand.
const s = new Set([3, 1, 3, 2, 1, NaN, NaN, 0, -0]);
console.log(s.size, [...s], s.has(NaN), s.has(-0));
console.log(s.add(4) === s, s.add(1).size, s.delete(3), s.delete(3), [...s]);
const objs = new Set([{}, {}]);
console.log(objs.size);
const str = new Set('mississippi');
console.log([...str], str.size);
const log = [];
new Set(['a', 'b']).forEach((v, v2, set) => log.push(v + v2, set.size));
console.log(log);
console.log([...new Set(['x']).keys()], [...new Set(['x']).values()], [...new Set(['x']).entries()]);
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
console.log('union', [...new Set([...a, ...b])]);
console.log('intersection', [...a].filter((x) => b.has(x)));
console.log('difference', [...a].filter((x) => !b.has(x)));
const growing = new Set([1]);
for (const v of growing) if (v < 5) growing.add(v + 1);
console.log('added during iteration are visited:', [...growing]);
growing.clear();
console.log(growing.size);
const dedupe = (arr) => Array.from(new Set(arr));
console.log(dedupe(['b', 'a', 'b', 'c', 'a']));
try {
  new Set(5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
