// Unary +, -, ! and ~ on values of every type.
const vals = [0, -0, 1, -1.5, '', ' 42 ', '4x', '0x1A', '-0', null, undefined, true, false, [], [3], ['4'], [1, 2], {}, NaN, Infinity];
for (const v of vals) {
  const name = Array.isArray(v) ? JSON.stringify(v) : typeof v === 'string' ? JSON.stringify(v) : Object.is(v, -0) ? '-0' : String(v);
  console.log(name.padEnd(10), +v, -v, !v, ~v);
}
