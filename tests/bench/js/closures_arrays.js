// Benchmark: closures plus array building, map, filter and reduce (allocation and the GC).
// Prints one checksum line.
function makeScaler(k) {
  return (x) => x * k + 1;
}
let checksum = 0;
for (let round = 0; round < 250; round++) {
  const scale = makeScaler((round % 7) + 1);
  const arr = [];
  for (let i = 0; i < 2000; i++) arr.push((i * 31 + round) % 997);
  const total = arr
    .map(scale)
    .filter((x) => x % 3 !== 0)
    .map((x) => ({ v: x, half: x >> 1 }))
    .reduce((s, o) => (s + o.v - o.half) % 1000000007, 0);
  const counters = [];
  for (let j = 0; j < 50; j++) {
    let c = j;
    counters.push(() => ++c);
  }
  let sum = 0;
  for (const f of counters) sum += f() + f();
  checksum = (checksum * 31 + total + sum) % 1000000007;
}
console.log('closures_arrays ' + checksum);
