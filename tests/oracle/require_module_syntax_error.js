// A syntax error in a required file: the crash points into that file; the requirer's later lines
// never run, but process 'exit' listeners do.
process.on('exit', (code) => console.log('exit', code));
console.log('before require');
require('./modules/syntax_error');
console.log('never printed');
