// Timers run in order of their deadlines, not of creation.
setTimeout(() => console.log('150 ms'), 150);
setTimeout(() => console.log('100 ms'), 100);
setTimeout(() => console.log('50 ms'), 50);
setTimeout(() => console.log('0 ms'), 0);
