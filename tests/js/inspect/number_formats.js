// Numbers as console.log prints them, alone and inside arrays and objects.
console.log(0.1 + 0.2, 1 / 3, 100, 1e21, 1e-7, 123e-20, 2 ** 53, -1e-7, 5e-324, 1.7976931348623157e308);
console.log([0.1 + 0.2, 1e21, -0, NaN, Infinity, -Infinity]);
console.log({ a: 1e100, b: 0.000001, c: 12345678901234567890 });
console.log(0x10, 0o10, 0b10, 1_000, .5, 5., -.0);
console.log('%d', 1e21, '%i', 1.9);
