// A timer can cancel a later one.
const later = setTimeout(() => console.log('never'), 100);
setTimeout(() => {
  console.log('clearing the 100 ms timer');
  clearTimeout(later);
}, 30);
process.on('exit', () => console.log('exit'));
