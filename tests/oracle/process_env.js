// process.env holds strings: assigned values are converted, deleted keys are gone.
console.log(typeof process.env);
console.log(process.env.LOOPLAB_ORACLE_UNSET_VARIABLE);
process.env.LOOPLAB_ORACLE_A = 42;
console.log(typeof process.env.LOOPLAB_ORACLE_A, process.env.LOOPLAB_ORACLE_A);
process.env.LOOPLAB_ORACLE_B = true;
console.log(process.env.LOOPLAB_ORACLE_B === 'true');
delete process.env.LOOPLAB_ORACLE_A;
console.log('LOOPLAB_ORACLE_A' in process.env);
