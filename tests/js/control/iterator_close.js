// Leaving a for-of early calls the iterator's return(); exhausting it does not.
function makeIter(label, n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return i <= n ? { value: label + i, done: false } : { value: undefined, done: true }; },
    return() { console.log(label, 'return() called after', i); return { done: true }; },
  };
}
for (const v of makeIter('break', 5)) { if (v === 'break2') break; }
for (const v of makeIter('exhaust', 2)) {}
console.log('exhausted without return()');
try {
  for (const v of makeIter('throw', 5)) throw new Error('inside loop');
} catch (e) {
  console.log('caught', e.message);
}
function early() {
  for (const v of makeIter('return', 5)) return v;
}
console.log('returned', early());
outer: for (const a of [1, 2]) {
  for (const v of makeIter('labelled', 5)) continue outer;
}
const [first] = makeIter('destructure', 5);
console.log('destructured', first);
