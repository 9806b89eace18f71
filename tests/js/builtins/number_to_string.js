// How numbers become strings: exponent thresholds, shortest round-trip digits, -0.
const nums = [0, -0, 1, -1, 0.1, 0.5, 1 / 3, 2 / 3, 0.1 + 0.2, 100, 1e20, 1e21, 1.5e21, 123456789012345680000,
  1e-6, 1e-7, 1.23e-7, 0.000001234, 2 ** 53, 2 ** 64, 2 ** 70, 1e100, 5e-324, 1.7976931348623157e308,
  4.35, 0.000123, 123.456, 1e6, 12345678.9, 0.1 * 3, 9.95, 1.005, 255 / 10, -1e-7, 1 / 7];
for (const n of nums) console.log(String(n), `${n}`, n + '', JSON.stringify(n));
console.log(String(NaN), String(Infinity), String(-Infinity), JSON.stringify([NaN, Infinity, -0]));
console.log((25).toString(), (-0).toString(), (1e21).toString());
