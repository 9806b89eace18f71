// void, delete and comma as operators, and their results.
console.log(void 0, void 'x', void (1 + 2), typeof void 0);
let sideEffect = 0;
void sideEffect++;
console.log('void still evaluates its operand:', sideEffect);
const o = { a: 1, b: 2 };
console.log(delete o.a, o, delete o.zzz, delete o['b'], o);
let plain = 1;
console.log('delete of a variable:', delete plain, plain);
console.log(delete 0, delete 'str'.length);
const arr = [1, 2, 3];
console.log(delete arr[arr.length - 1], arr.length, arr);
const seq = (console.log('first'), console.log('second'), 'third');
console.log(seq);
let n = 0;
const last = (n++, n++, n);
console.log(last, n);
