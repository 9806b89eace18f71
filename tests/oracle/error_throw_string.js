// Throwing a string: node prints the string itself after the source line.
setTimeout(() => {
  throw 'a plain string';
}, 1);
