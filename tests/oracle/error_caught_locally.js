// try/catch/finally around throwing code: nothing reaches the process.
function risky(n) {
  if (n > 2) throw new RangeError('n too big: ' + n);
  return n * 2;
}
for (let i = 1; i <= 4; i++) {
  try {
    console.log('result', risky(i));
  } catch (e) {
    console.log('caught', e.name, e.message);
  } finally {
    console.log('finally', i);
  }
}
