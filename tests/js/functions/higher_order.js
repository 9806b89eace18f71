// Higher-order functions: compose, pipe, partial application, decorators.
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
const partial = (f, ...preset) => (...later) => f(...preset, ...later);
const volume = (l, w, h) => l * w * h;
console.log(partial(volume, 2)(3, 4), partial(volume, 2, 3)(4));
function logged(fn) {
  return function (...args) {
    const out = fn.apply(this, args);
    console.log(`${fn.name}(${args.join(', ')}) = ${out}`);
    return out;
  };
}
const add = logged(function add(a, b) { return a + b; });
add(2, 3);
const obj = { base: 10, plus: logged(function plus(x) { return this.base + x; }) };
obj.plus(5);
const curry = (fn) => function curried(...args) {
  return args.length >= fn.length ? fn(...args) : (...more) => curried(...args, ...more);
};
const c3 = curry((a, b, c) => a + b + c);
console.log(c3(1)(2)(3), c3(1, 2)(3), c3(1)(2, 3), c3(1, 2, 3));
const words = ['apple', 'Banana', 'cherry', 'date'];
const byLength = (a, b) => a.length - b.length || a.localeCompare(b);
console.log(words.slice().sort(byLength));
const countBy = (arr, keyFn) => arr.reduce((acc, x) => { const k = keyFn(x); acc[k] = (acc[k] || 0) + 1; return acc; }, {});
console.log(countBy(words, (w) => w.length));
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(times(5, (i) => i * i));
