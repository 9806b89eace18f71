// The os module facts a script can rely on: a Linux x64 machine, '\n' line ends, a writable
// tmpdir, as many CPUs as availableParallelism(), and node's constants.
const os = require('os');
const fs = require('fs');

console.log(os.platform(), os.type(), os.arch(), os.machine(), os.endianness(), JSON.stringify(os.EOL));
console.log('cpus:', os.cpus().length === os.availableParallelism(), typeof os.cpus()[0].model);
console.log('tmpdir exists:', fs.statSync(os.tmpdir()).isDirectory());
console.log('memory:', os.totalmem() > 0, os.freemem() <= os.totalmem());
console.log('uptime:', typeof os.uptime(), os.uptime() > 0, 'loadavg:', os.loadavg().length);
console.log('hostname:', typeof os.hostname(), 'homedir:', typeof os.homedir(), os.devNull);
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
console.log(Object.keys(os).join(' '));
console.log(typeof os.userInfo().username, os.getPriority());
