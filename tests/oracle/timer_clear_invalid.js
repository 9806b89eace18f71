// clearTimeout and clearInterval ignore values that are not timers; clearImmediate ignores
// undefined, null and objects that are not immediates.
for (const value of [undefined, null, 0, 12345, 'text', {}, []]) {
  clearTimeout(value);
  clearInterval(value);
}
for (const value of [undefined, null, {}]) clearImmediate(value);
console.log('no throw');
