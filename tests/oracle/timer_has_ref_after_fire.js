// hasRef() of a timer that has fired, and of a cleared one.
const t = setTimeout(() => {
  console.log('in callback', t.hasRef());
  setImmediate(() => console.log('after fire', t.hasRef()));
}, 1);
const c = setTimeout(() => {}, 10);
clearTimeout(c);
console.log('cleared', c.hasRef());
