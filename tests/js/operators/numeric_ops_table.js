// Every numeric binary operator over a table of edge values (-0, NaN, int32 limits, ...).
const xs = [0, -0, 1, -1, 7, -7, 2.5, -2.5, 2147483647, -2147483648, 4294967295, 4294967296, 1e21, NaN, Infinity, -Infinity, 0.1];
const out = [];
for (const a of xs) for (const b of xs) {
  out.push([a % b, a / b, a << b, a >> b, a >>> b, a & b, a | b, a ^ b, a - b, a * b].map(v => Object.is(v, -0) ? '-0' : String(v)).join(','));
}
console.log(out.join('\n'));
