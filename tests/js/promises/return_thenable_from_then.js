// Returning a thenable (not a native promise) from then: one hop to call its then, then its callback.
const thenable = { then(resolve) { console.log('thenable.then called'); resolve('thenable value'); } };
Promise.resolve()
  .then(() => { console.log('A1'); return thenable; })
  .then((v) => console.log('A2 got', v));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'));
