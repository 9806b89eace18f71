// An interval runs until cleared.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 5) {
    clearInterval(id);
    console.log('cleared');
  }
}, 5);
