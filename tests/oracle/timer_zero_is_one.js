// A delay of 0 (or anything below 1) becomes 1 ms: these share one list and keep creation order.
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('delay 0'), 0);
setTimeout(() => console.log('delay -5'), -5);
setTimeout(() => console.log('delay 0.5'), 0.5);
setTimeout(() => console.log('no delay'));
