// The conditional operator, short-circuit evaluation as control flow, and nested ternaries.
const fizz = [];
for (let i = 1; i <= 15; i++) fizz.push(i % 15 === 0 ? 'FizzBuzz' : i % 3 === 0 ? 'Fizz' : i % 5 === 0 ? 'Buzz' : i);
console.log(fizz.join(' '));
const log = [];
const t = () => { log.push('t'); return true; };
const f = () => { log.push('f'); return false; };
f() && t();
t() || f();
f() || t();
t() && f();
console.log(log.join(''));
const pick = (x) => x > 0 ? 'pos' : x < 0 ? 'neg' : Object.is(x, -0) ? 'minus zero' : x === 0 ? 'zero' : 'nan';
console.log([1, -1, 0, -0, NaN].map(pick));
let result = true ? false ? 'a' : 'b' : 'c';
console.log(result);
const run = (cond) => (cond ? () => 'then-branch fn' : () => 'else-branch fn')();
console.log(run(1), run(0));
