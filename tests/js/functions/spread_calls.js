// Spread in calls, arrays and with iterables.
function three(a, b, c) { return `${a}|${b}|${c}`; }
const args = [1, 2, 3];
console.log(three(...args), three(...'xy'), three(0, ...[1]), three(...[], ...[7, 8, 9]));
console.log(Math.max(...[3, 9, 2]), Math.min(...[]), Math.max(...[]));
const merged = [0, ...args, 4, ...new Set([5, 5, 6])];
console.log(merged);
const copy = [...args];
copy.push(99);
console.log(args, copy);
console.log([...'hello'], [...new Map([[1, 'a']])]);
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < 2 ? { value: 'i' + ++i, done: false } : { value: undefined, done: true }) };
  },
};
console.log([...iterable], three(...iterable));
try {
  three(...undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  [...{}];
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const holes = [...[1, , 3]];
console.log(holes, 1 in holes);
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(...[4, 5]);
console.log(p.x, p.y);
