// A throw inside a then callback with no catch is an unhandled rejection: a crash.
Promise.resolve().then(() => {
  console.log('then runs');
  throw new SyntaxError('thrown in then');
});
