// Number.isInteger, isSafeInteger, isFinite, isNaN vs the globals, and the constants.
const vals = [0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, 1e21, NaN, Infinity, '5', null, true, 5.0];
for (const v of vals) {
  console.log(String(v).padEnd(18), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), isFinite(v), Number.isNaN(v), isNaN(v));
}
console.log(Number.EPSILON, Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2 - 0.3 < Number.EPSILON);
console.log(isNaN('abc'), Number.isNaN('abc'), isNaN(undefined), isNaN({}), isNaN([]), isNaN(' '));
console.log(typeof Number('1'), typeof new Number(1), new Number(1) + 1, Number('1') === 1);
