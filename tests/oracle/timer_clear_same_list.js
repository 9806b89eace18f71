// A timer can cancel a later timer of the same list that is already due in this pass.
let second;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(second);
}, 20);
second = setTimeout(() => console.log('second: never'), 20);
setTimeout(() => console.log('third'), 20);
