// Benchmark: a chain of 1e5 promise reactions (then callbacks) followed by 1e5 awaits in an
// async function (microtask queue, promise allocation, async function suspension).
// Prints one checksum line after both finish.
const kSteps = 100000;
let p = Promise.resolve(0);
for (let i = 0; i < kSteps; i++) {
  p = p.then((v) => (v + i) % 1000003);
}
p.then(async (chained) => {
  let acc = chained;
  for (let i = 0; i < kSteps; i++) {
    acc = (acc + (await i)) % 1000003;
  }
  console.log('promise_chain_1e5 ' + chained + ' ' + acc);
});
