// Every numeric literal form and how node prints the value.
console.log(0, 1, 42, 3.14, .5, 5., 0.0);
console.log(1e3, 1E3, 1e-3, 2.5e+2, 1e21, 1e-7, 123e-20);
console.log(0x1F, 0XfF, 0o17, 0O7, 0b1010, 0B11);
console.log(1_000_000, 0xff_ff, 0b1010_1010, 1_0.0_1, 1e1_0);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE);
console.log(9007199254740993, 0.1 + 0.2, 1 / 3);
console.log(100, 1000000, 1e20, 123456789012345680000);
console.log(0.000001, 0.0000001, 1.5e-10);
console.log(-0, +0, -0 === 0, Object.is(-0, 0));
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 64);
console.log(5..toString(), 5 .toFixed(1), (5).toString(2));
console.log(0.1 * 3, 0.7 + 0.1, 1.005 * 1000);
