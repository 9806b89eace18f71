// global and globalThis are the same object and hold the timer functions.
console.log(global === globalThis);
console.log(globalThis.setTimeout === setTimeout, globalThis.process === process);
globalThis.sharedValue = 7;
console.log(sharedValue);
var declaredWithVar = 1;
console.log('declaredWithVar' in globalThis);
