'use strict';
// require('os'): the simulated machine. Its CPU count is the scenario's core knob (the same cores
// the thread pool and the JS thread share); everything else is a fixed, plausible Linux x64 box
// named "looplab", so a script prints the same answers on every run. The uptime and the CPU
// times are the only numbers that move, with the virtual clock.

const natives = binding('os');
const { invalidArgType } = require('internal/errors');

const kHostname = 'looplab';
const kUser = 'looplab';
const kTotalMemory = 8 * 1024 * 1024 * 1024;
const kFreeMemory = 6 * 1024 * 1024 * 1024;

function cpus() {
  const list = [];
  const count = natives.cores();
  for (let i = 0; i < count; ++i) {
    list.push({
      model: 'Looplab virtual CPU',
      speed: 3000,
      times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
    });
  }
  return list;
}

function availableParallelism() {
  return natives.cores();
}

function tmpdir() {
  let dir = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
}

function homedir() {
  return process.env.HOME || '/home/' + kUser;
}

function userInfo(options) {
  const info = Object.create(null);
  info.uid = 1000;
  info.gid = 1000;
  info.username = kUser;
  info.homedir = '/home/' + kUser;
  info.shell = '/bin/bash';
  return info;
}

function networkInterfaces() {
  return {
    lo: [
      {
        address: '127.0.0.1',
        netmask: '255.0.0.0',
        family: 'IPv4',
        mac: '00:00:00:00:00:00',
        internal: true,
        cidr: '127.0.0.1/8',
      },
    ],
  };
}

function getPriority(pid) {
  if (pid !== undefined && typeof pid !== 'number') throw invalidArgType('pid', 'number', pid);
  return 0;
}

function setPriority(pid, priority) {
  if (priority === undefined) priority = pid;
  if (typeof priority !== 'number') throw invalidArgType('priority', 'number', priority);
}

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103,
  ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122,
  EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115,
  EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31,
  EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101,
  ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
  ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25,
  ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};
const priority = {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};
const dlopen = { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };
const constants = { UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority };
for (const table of [signals, errno, priority, dlopen, constants]) Object.freeze(table);

module.exports = {
  arch: () => 'x64',
  availableParallelism,
  cpus,
  endianness: () => 'LE',
  freemem: () => kFreeMemory,
  getPriority,
  homedir,
  hostname: () => kHostname,
  loadavg: () => [0, 0, 0],
  networkInterfaces,
  platform: () => 'linux',
  release: () => '6.1.0-looplab',
  setPriority,
  tmpdir,
  totalmem: () => kTotalMemory,
  type: () => 'Linux',
  userInfo,
  uptime: () => natives.uptime(),
  version: () => '#1 SMP Looplab',
  machine: () => 'x86_64',
};
// Named as node names them (os.hostname.name is 'hostname').
for (const name of Object.keys(module.exports)) {
  Object.defineProperty(module.exports[name], 'name', { value: name, configurable: true });
}
Object.defineProperty(module.exports, 'constants', {
  value: constants, writable: false, enumerable: true, configurable: false,
});
Object.defineProperty(module.exports, 'EOL', {
  value: '\n', writable: false, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'devNull', {
  value: '/dev/null', writable: false, enumerable: true, configurable: true,
});
