// process.hrtime() is [seconds, nanoseconds]; hrtime(previous) gives the difference.
const t0 = process.hrtime();
console.log(Array.isArray(t0), t0.length, Number.isInteger(t0[0]), t0[1] >= 0 && t0[1] < 1e9);
const start = Date.now();
while (Date.now() - start < 5) {}
const d = process.hrtime(t0);
console.log('diff at least 4 ms:', d[0] * 1e9 + d[1] >= 4e6);
