// process.env converts what is assigned to it to strings: objects through toString, undefined,
// Object.assign; a Symbol throws.
process.env.LOOPLAB_ORACLE_A = { toString() { return 'obj'; } };
console.log(process.env.LOOPLAB_ORACLE_A, typeof process.env.LOOPLAB_ORACLE_A);
process.env['LOOPLAB_ORACLE_B'] = undefined; console.log(process.env.LOOPLAB_ORACLE_B === 'undefined');
Object.assign(process.env, { LOOPLAB_ORACLE_C: 1 }); console.log(typeof process.env.LOOPLAB_ORACLE_C);
try { process.env.LOOPLAB_ORACLE_D = Symbol('s'); } catch (e) { console.log(e.message); }
