// Map: insertion order, size, key equality (SameValueZero: NaN, -0), objects as keys, iteration.
const m = new Map();
m.set('b', 1).set('a', 2).set(1, 'number one').set('1', 'string one');
console.log(m.size, m.get('b'), m.get(1), m.get('1'), m.get('missing'), m.has('a'), m.has('z'));
console.log([...m.keys()], [...m.values()]);
m.set('b', 'updated');
console.log('update keeps position:', [...m.keys()]);
m.delete('b');
m.set('b', 'reinserted');
console.log('delete + set moves to the end:', [...m.keys()]);
const nan = new Map([[NaN, 'nan'], [0, 'zero']]);
console.log(nan.get(NaN), nan.get(-0), nan.has(+0), [...nan.keys()]);
const k1 = {}, k2 = {};
const objs = new Map([[k1, 'first'], [k2, 'second']]);
console.log(objs.get(k1), objs.get({}), objs.size);
console.log(m.delete('a'), m.delete('a'), m.size);
const log = [];
m.forEach(function (value, key, map) { log.push(`${String(key)}=${value}`, map === m, this.tag); }, { tag: 't' });
console.log(log);
for (const [k, v] of new Map([['x', 1], ['y', 2]])) console.log('entry', k, v);
console.log([...new Map([['x', 1]]).entries()], new Map([['x', 1]])[Symbol.iterator] === Map.prototype.entries);
const live = new Map([[1, 'a']]);
const seen = [];
for (const [k] of live) { seen.push(k); if (k < 3) live.set(k + 1, 'added during iteration'); }
console.log(seen);
m.clear();
console.log(m.size, [...m]);
console.log(new Map(Object.entries({ p: 1, q: 2 })), Object.fromEntries(new Map([['r', 3]])));
try {
  new Map([1, 2]);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Map();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof m.set('s', 1), m.get('s'));
try {
  console.log(Map.prototype.size);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
