// A cleared timer never runs; clearing twice is harmless.
const t = setTimeout(() => console.log('never'), 10);
clearTimeout(t);
clearTimeout(t);
setTimeout(() => console.log('other timer'), 20);
