// An interval whose deadlines passed while the script blocked fires once, not once per missed period.
let n = 0;
const start = performance.now();
const id = setInterval(() => {
  n++;
  console.log('interval', n);
}, 10);
setTimeout(() => {
  clearInterval(id);
  console.log('fired', n, 'time(s) by 60 ms');
}, 60);
while (performance.now() - start < 70) {}
