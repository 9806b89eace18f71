// Labelled break and continue across nested loops of every kind.
const found = [];
search: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (i * j === 6) { found.push([i, j]); break search; }
  }
}
console.log('found', found);
const pairs = [];
rows: for (const r of ['a', 'b', 'c']) {
  for (const c of [1, 2, 3]) {
    if (c === 2) continue rows;
    pairs.push(r + c);
  }
}
console.log(pairs);
let w = 0;
outerWhile: while (true) {
  w++;
  let inner = 0;
  do {
    inner++;
    if (w === 3) break outerWhile;
    if (inner === 2) continue outerWhile;
  } while (true);
}
console.log('w', w);
const primes = [];
nextNumber: for (let n = 2; primes.length < 10; n++) {
  for (const p of primes) if (n % p === 0) continue nextNumber;
  primes.push(n);
}
console.log(primes);
const log = [];
lbl: for (const x of [1, 2]) {
  try {
    if (x === 1) continue lbl;
    break lbl;
  } finally {
    log.push('finally ' + x);
  }
}
console.log(log);
