// performance.now() grows; performance.timeOrigin is a number.
const a = performance.now();
const b = performance.now();
console.log(typeof a, b >= a, a >= 0);
console.log(typeof performance.timeOrigin);
