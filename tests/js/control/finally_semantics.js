// finally: it overrides return and throw, runs on break/continue, and its own throw wins.
function finallyOverridesReturn() {
  try { return 'try'; } finally { return 'finally'; }
}
console.log(finallyOverridesReturn());
function finallyOverridesThrow() {
  try { throw new Error('lost'); } finally { return 'finally wins over throw'; }
}
console.log(finallyOverridesThrow());
function returnValueFixedBeforeFinally() {
  let x = 'before';
  try { return x; } finally { x = 'changed in finally'; }
}
console.log(returnValueFixedBeforeFinally());
function finallyThrows() {
  try {
    try { throw new Error('first'); } finally { throw new Error('second'); }
  } catch (e) {
    return e.message;
  }
}
console.log(finallyThrows());
function loopFinally() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) break;
      out.push('body ' + i);
    } finally {
      out.push('finally ' + i);
    }
  }
  return out;
}
console.log(loopFinally());
