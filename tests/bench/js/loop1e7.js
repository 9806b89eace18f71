// Benchmark: a 1e7-iteration loop doing arithmetic on local variables (the interpreter's
// dispatch loop, with no calls or allocation). Prints one checksum line.
let a = 0;
let b = 1;
let acc = 0;
for (let i = 0; i < 1e7; i++) {
  a = (a + i * 3) % 1000003;
  b = (b * 7 + a) % 65521;
  acc = (acc + (a ^ b)) | 0;
}
console.log('loop1e7 ' + a + ' ' + b + ' ' + acc);
