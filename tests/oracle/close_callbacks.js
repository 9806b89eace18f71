// Close callbacks run in the close phase: after the check phase (setImmediate), and the handle
// closed last comes first (libuv puts each closing handle at the head of its list).
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const a = net.connect(port, '127.0.0.1', () => {
    const b = net.connect(port, '127.0.0.1', () => {
      console.log('connected');
      a.on('close', () => console.log('a close'));
      b.on('close', () => console.log('b close'));
      a.destroy();
      b.destroy();
      setImmediate(() => console.log('immediate'));
      process.nextTick(() => console.log('tick'));
      server.close();
    });
  });
});
