// Destructuring the catch parameter, and the optional catch binding.
try {
  throw { code: 42, detail: { reason: 'because' } };
} catch ({ code, detail: { reason }, missing = 'default' }) {
  console.log(code, reason, missing);
}
try {
  throw new TypeError('bad type');
} catch ({ name, message }) {
  console.log(name, message);
}
try {
  throw [1, 2, 3];
} catch ([first, ...rest]) {
  console.log(first, rest);
}
try {
  throw 'anything';
} catch {
  console.log('optional catch binding');
}
try {
  try {
    throw null;
  } catch ({ x }) {
    console.log('unreachable');
  }
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
