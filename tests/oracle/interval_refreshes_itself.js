let n = 0;
const iv = setInterval(() => { n++; console.log('tick', n); iv.refresh(); if (n === 2) clearInterval(iv); }, 10);
setTimeout(() => console.log('other at 50'), 50);
