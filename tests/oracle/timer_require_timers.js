// The timers module exports the same functions as the globals.
const timers = require('timers');
const nodeTimers = require('node:timers');
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate);
console.log(timers.clearTimeout === clearTimeout, timers.setInterval === setInterval);
console.log(nodeTimers === timers);
timers.setTimeout(() => console.log('via timers module'), 1);
