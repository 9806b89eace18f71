// Throwing values that are not Errors: strings, numbers, objects, null, undefined, functions.
const things = ['a string', 42, { code: 'E1' }, null, undefined, [1, 2], () => 'fn', Symbol('s'), false];
for (const t of things) {
  try {
    throw t;
  } catch (e) {
    console.log(typeof e, e === t, e instanceof Error, String(e && e.code ? e.code : typeof e === 'symbol' ? e.toString() : e));
  }
}
function thrower() { throw { name: 'Fake', message: 'looks like an error' }; }
try {
  thrower();
} catch (e) {
  console.log(e.name + ': ' + e.message, e instanceof Error, Object.prototype.toString.call(e));
}
try {
  try {
    throw 'inner string';
  } finally {
    console.log('finally runs for non-errors too');
  }
} catch (e) {
  console.log('caught', e);
}
