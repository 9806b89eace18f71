// Primitives at the top level of console.log vs nested inside arrays and objects.
console.log('top-level string', 42, -0, 0, NaN, Infinity, -Infinity, 1e21, 0.1, 1e-7, true, null, undefined);
console.log(['nested string', 42, -0, NaN, 1e21, 0.1, true, null, undefined]);
console.log({ s: 'str', n: -0, nan: NaN, big: 123456789012345680000, small: 5e-324, t: false, nul: null, u: undefined });
console.log("it's", ["it's"], ['say "hi"'], ["both ' and \""], ['back`tick'], ["all ' \" `"]);
console.log('multi\nline', ['multi\nline'], ['tab\there'], ['back\\slash']);
console.log([''], '', [' '], { empty: '' });
console.log(Symbol('desc'), [Symbol('in array')], Symbol(), Symbol.iterator, { sym: Symbol.for('reg') });
console.log(-0, [-0], { z: -0 }, [0, -0, +0]);
console.log(['\u0000', '\u0007', '\x7f', '\u001b[31m', 'é', '😀']);
