// Array.from, Array.of, Array.isArray, the Array constructor, keys, values, entries.
console.log(Array.from('abc'), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])));
console.log(Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from({ length: 2, 0: 'a', 1: 'b', 2: 'ignored' }), Array.from([1, 2], (x) => x + 1));
console.log(Array.from(5), Array.from(true), Array.from({}));
console.log(Array.from([1, , 3]), Array.from([1, 2], function (x) { return x * this.k; }, { k: 10 }));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));
console.log(Array(3), Array(3).length, Array('3'), Array(1, 2), new Array(), [,].length);
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(new Array()), Array.isArray(Array.prototype));
const arr = ['x', 'y'];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
const it = arr.entries();
console.log(it.next(), it.next(), it.next());
console.log([...[, 'b'].keys()], Object.keys([, 'b']));
try {
  new Array(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new Array(1.5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Array.from(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof arr.keys(), Object.prototype.toString.call(arr.keys()));
