// process.hrtime.bigint() returns nanoseconds as a BigInt.
const b0 = process.hrtime.bigint();
console.log(typeof b0, process.hrtime.bigint() >= b0);
