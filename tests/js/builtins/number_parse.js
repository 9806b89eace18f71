// parseInt, parseFloat and Number(): leading junk, radix, whitespace, and the classic surprises.
const inputs = ['42', '  42  ', '42px', 'px42', '3.14abc', '.5', '-.5', '0x1F', '0b101', '0o17', '1e3', '1e', '',
  ' ', '\n\t7', '+5', '-0', 'Infinity', '-Infinity', 'infinity', '1_000', '12 34', '0.0000005', '077', '9007199254740993'];
for (const s of inputs) {
  console.log(JSON.stringify(s).padEnd(20), parseInt(s), parseFloat(s), Number(s));
}
console.log(parseInt('ff', 16), parseInt('0xff', 16), parseInt('z', 36), parseInt('10', 2), parseInt('12', 2), parseInt('2', 2));
console.log(parseInt('10', 0), parseInt('10', 1), parseInt('10', 37), parseInt('10', undefined), parseInt('10', '8'));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt('123', 10.9), parseFloat('1e1000'));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number(['7']), Number({}), Number(new Date(5)));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
