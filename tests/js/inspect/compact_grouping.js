// How util.inspect groups short entries: up to 3 inner levels on one line when they fit in 80 columns.
console.log({ a: { b: { c: {} } } });
console.log({ a: [{ b: 1, c: 2 }, { b: 3, c: 4 }], d: 'short' });
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
console.log({ x: [1, 2, 3], y: { z: [4, 5, 6] }, w: 'a string that is not too long' });
console.log({ k: 'v'.repeat(60), j: 1 });
console.log({ k: 'v'.repeat(70) });
console.log([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
console.log({ list: Array.from({ length: 7 }, (_, i) => i * 11) });
console.log(Array.from({ length: 7 }, (_, i) => ({ i })));
console.log(Array.from({ length: 4 }, (_, i) => 'x'.repeat(i * 5)));
