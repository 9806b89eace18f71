// Date.now() and new Date() agree.
const a = Date.now();
const d = new Date();
const b = Date.now();
console.log(typeof a, d.getTime() >= a && d.getTime() <= b);
