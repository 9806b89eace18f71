// process.emitWarning prints to stderr on the next tick and emits 'warning'.
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
process.emitWarning('careful');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('custom type', { type: 'CustomWarning', code: 'C1' });
console.log('main end');
