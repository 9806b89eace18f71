// clearInterval can cancel a timeout and clearTimeout an interval (they share the list).
const t = setTimeout(() => console.log('timeout: never'), 10);
const i = setInterval(() => console.log('interval: never'), 10);
clearInterval(t);
clearTimeout(i);
setTimeout(() => console.log('done'), 30);
