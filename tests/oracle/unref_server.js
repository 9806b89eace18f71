// A listening server is an open, ref'd handle: it keeps the process running until it is unref'd
// (or closed). Here the loop ends right after the unref at 10 ms.
const server = require('net').createServer().listen(0, '127.0.0.1');
setTimeout(() => {
  console.log('unref');
  server.unref();
}, 10);
process.on('exit', () => console.log('exit'));
