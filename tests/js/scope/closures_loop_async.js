// Closures captured by callbacks that run later: var vs let with setTimeout.
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log('var i =', i), 0);
}
for (let j = 0; j < 3; j++) {
  setTimeout(() => console.log('let j =', j), 0);
}
for (var k = 0; k < 3; k++) {
  setTimeout(((n) => () => console.log('var via IIFE =', n))(k), 0);
}
