// A busy main script delays a due timer: it runs only once the script has finished.
const start = Date.now();
setTimeout(() => console.log('timer ran after', Date.now() - start >= 30 ? '>= 30 ms' : 'less than 30 ms'), 10);
while (Date.now() - start < 30) {}
console.log('main done blocking');
