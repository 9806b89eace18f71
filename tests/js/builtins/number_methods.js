// toFixed, toPrecision, toExponential, toString(radix): rounding and edge cases.
const vals = [0, 1.005, 1.45, 1.55, 2.5, -2.5, 123.456, 0.000001, 1e21, -0, 1234.5678];
for (const v of vals) {
  console.log(String(v).padEnd(10), v.toFixed(), v.toFixed(1), v.toFixed(2), v.toPrecision(3), v.toExponential(2));
}
console.log((0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0), (8.345).toFixed(2));
console.log((123.456).toPrecision(1), (123.456).toPrecision(2), (0.00001234).toPrecision(2), (1e21).toPrecision(3));
console.log((255).toString(16), (255).toString(2), (255).toString(36), (-255).toString(16), (0.5).toString(2), (3.75).toString(16));
console.log((35).toString(36), (36).toString(36), (1e21).toString(36).length > 0, (2 ** 53).toString(2).length);
for (const bad of [() => (1).toFixed(101), () => (1).toPrecision(0), () => (1).toString(1), () => (1).toString(37)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(NaN.toFixed(2), Infinity.toFixed(1), (1e21).toFixed(2), (-1e-7).toFixed(2));
console.log(Number.prototype.toString.call(7), (7).valueOf(), new Number(7).toFixed(1));
