// for-of over arrays, strings, Maps, Sets, arguments, entries and custom iterables.
for (const x of [1, , 3]) console.log('array (hole is undefined):', x);
for (const ch of 'a😀') console.log('string code point:', ch);
const m = new Map([['k1', 1], ['k2', 2]]);
for (const entry of m) console.log('map entry', entry);
for (const k of m.keys()) console.log('map key', k);
for (const v of m.values()) console.log('map value', v);
for (const v of new Set(['s1', 's2', 's1'])) console.log('set', v);
function args() { for (const a of arguments) console.log('argument', a); }
args('p', 'q');
for (const [i, v] of ['x', 'y'].entries()) console.log('entries', i, v);
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return { next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }) };
  }
}
for (const n of new Range(3, 5)) console.log('range', n);
console.log([...new Range(1, 4)], Array.from(new Range(7, 8)));
const arr = [1, 2, 3];
for (const v of arr) { if (v === 1) arr.push(4); console.log('growing', v); }
try {
  for (const x of { a: 1 }) console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  for (const x of 5) console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
