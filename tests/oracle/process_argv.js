// process.argv: the node binary, the script path, then the arguments (none here).
console.log(process.argv.length);
console.log(typeof process.argv[0], process.argv[1].endsWith('process_argv.js'));
console.log(Array.isArray(process.argv), process.argv.slice(2));
