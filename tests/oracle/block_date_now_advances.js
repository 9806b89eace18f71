// Date.now() and performance.now() advance while the script computes.
const d0 = Date.now();
while (Date.now() - d0 < 10) {}
console.log('Date.now advanced at least 10 ms:', Date.now() - d0 >= 10);
const p0 = performance.now();
while (performance.now() - p0 < 10) {}
const p1 = performance.now();
console.log('performance.now advanced at least 10 ms:', p1 - p0 >= 10);
console.log('performance.now is monotonic:', performance.now() >= p1);
