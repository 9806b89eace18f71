// `this` in a timer callback (a function, not an arrow) is the Timeout object.
let n = 0;
const id = setInterval(function () {
  n++;
  console.log('interval', n, this === id);
  if (n === 2) clearInterval(this);
}, 5);
const t = setTimeout(function () { console.log('timeout this is t:', this === t); }, 1);
