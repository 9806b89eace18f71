// The classic race: in the main module, setTimeout(0) runs before setImmediate only when 1 ms has
// passed by the time the loop starts. Real node prints either order.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
