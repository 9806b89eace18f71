// setTimeout returns a Timeout and setImmediate an Immediate; a Timeout converts to a number
// that clearTimeout also accepts.
const t = setTimeout(() => console.log('never'), 10);
const i = setImmediate(() => console.log('immediate'));
console.log(t.constructor.name, typeof t, i.constructor.name);
console.log(typeof +t, Number.isInteger(+t));
clearTimeout(+t);
const s = setInterval(() => console.log('never'), 10);
console.log(s.constructor.name);
clearInterval(s);
