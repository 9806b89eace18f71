// fs.readFile is several thread-pool round trips (open, fstat, read, close), so its callback
// comes after those of single-request operations started at the same time: with 4 pool threads,
// the four stats finish while readFile is still on its first steps.
const fs = require('fs');

const order = [];
fs.readFile(__filename, () => {
  order.push('readFile');
  console.log(order.join(' '));
});
for (let i = 1; i <= 4; ++i) fs.stat(__filename, () => order.push('stat'));
