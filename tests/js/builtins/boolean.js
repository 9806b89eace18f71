// Boolean conversion, Boolean wrappers, and !! of every kind of value.
const vals = [0, -0, 1, '', 'false', ' ', null, undefined, NaN, [], {}, () => {}, Infinity, new Boolean(false), Symbol()];
console.log(vals.map((v) => Boolean(v)));
console.log(vals.map((v) => !!v).join(' '));
console.log(true.toString(), false.toString(), String(true), true + '', JSON.stringify(false));
const boxed = new Boolean(false);
console.log(typeof boxed, boxed.valueOf(), boxed ? 'boxed false is truthy' : 'never', boxed == false, boxed === false);
console.log(Boolean.prototype.valueOf.call(true), Object.prototype.toString.call(true));
console.log(true + true, true * 5, false - 1, true == 1, true === 1, true == '1', false == '');
console.log([1, 0, 'a', '', null].filter(Boolean));
console.log(Boolean('0'), Boolean(' '), Boolean('null'), Boolean(Number('0')));
