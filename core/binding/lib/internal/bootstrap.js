'use strict';
// Runs once before the main script (as node's lib/internal/bootstrap/node.js does): makes
// `process` an EventEmitter wired to the runtime, adds the process methods written in JavaScript
// and the globals that come from library modules, and hands C++ the hooks it calls later
// (main module arguments, unhandled rejections, process events).
//
// The runtime emits 'exit', 'beforeExit' and 'uncaughtException' only while the script listens
// to them (setEventWanted): "no listener" must keep meaning no beforeExit phase and a fatal error.

const EventEmitter = require('events');
const { codedError, invalidArgType, notModelled, validateInteger } = require('internal/errors');
const natives = binding('process');
const process = globalThis.process;

// ---- process is an EventEmitter ----
const processProto = Object.create(EventEmitter.prototype);
Object.defineProperty(processProto, 'constructor', {
  value: function process() {},
  writable: true,
  configurable: true,
  enumerable: false,
});
Object.setPrototypeOf(process, processProto);
EventEmitter.call(process);

const runtimeEvents = ['exit', 'beforeExit', 'uncaughtException'];
const emitters = {
  exit() {
    process._exiting = true;
    process.emit('exit', natives.currentExitCode());
  },
  beforeExit() {
    process.emit('beforeExit', natives.currentExitCode());
  },
  uncaughtException() {
    const origin = natives.uncaughtOrigin();
    natives.setUncaughtOrigin('uncaughtException');
    process.emit('uncaughtException', natives.lastUncaught(), origin);
  },
};
process.on('newListener', (name) => {
  if (runtimeEvents.includes(name) && process.listenerCount(name) === 0) {
    natives.setEventWanted(name, true, emitters[name]);
  }
});
process.on('removeListener', (name) => {
  if (runtimeEvents.includes(name) && process.listenerCount(name) === 0) {
    natives.setEventWanted(name, false);
  }
});

// ---- exit ----
let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      validateInteger(value, 'code');
    }
    exitCode = code;
    natives.setExitCode(code === undefined || code === null ? 0 : +code);
  },
  enumerable: true,
  configurable: false,
});
process._exiting = false;
process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    natives.beginExit();
    process.emit('exit', natives.currentExitCode());
  }
  natives.reallyExit(natives.currentExitCode());
};
process.reallyExit = function reallyExit(code) {
  natives.reallyExit(code);
};
process.abort = function abort() {
  throw notModelled('process.abort()');
};

// ---- clocks and figures ----
function hrtime(previous) {
  const ns = natives.hrtimeNs();
  let seconds = Math.floor(ns / 1e9);
  let nanos = ns - seconds * 1e9;
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw invalidArgType('time', 'instance of Array', previous);
    if (previous.length !== 2) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "time" is out of range. It must be 2. Received ' + previous.length);
    }
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds -= 1;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}
hrtime.bigint = function bigint() {
  throw notModelled('BigInt (process.hrtime.bigint())');
};
process.hrtime = hrtime;
process.uptime = function uptime() {
  return natives.uptimeNs() / 1e9;
};
process.cpuUsage = function cpuUsage(previous) {
  const micros = Math.floor(natives.cpuTimeNs() / 1000);
  const user = previous ? micros - previous.user : micros;
  const system = previous ? 0 - previous.system : 0;
  return { user, system };
};
function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = natives.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() {
  return natives.memoryUsage()[0];
};
process.memoryUsage = memoryUsage;

// ---- identity of the simulated process ----
const scriptDir = process.argv[1].slice(0, process.argv[1].lastIndexOf('/')) || '/';
process.pid = 4242;
process.ppid = 4241;
process.title = 'node';
process.arch = 'x64';
process.execPath = process.argv[0];
process.execArgv = [];
process.release = { name: 'node' };
process.cwd = function cwd() {
  return scriptDir;
};
process.chdir = function chdir() {
  throw notModelled('process.chdir()');
};

// ---- warnings ----
process.noDeprecation = false;
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let name = 'Warning';
  let detail;
  if (type !== null && typeof type === 'object') {
    name = type.type || name;
    code = type.code;
    detail = type.detail;
  } else if (typeof type === 'function') {
    code = undefined;
  } else if (typeof type === 'string') {
    name = type;
  }
  if (typeof code === 'function') code = undefined;  // (msg, type, ctor): the ctor only trims stacks
  if (name === 'DeprecationWarning' && process.noDeprecation) return;
  if (typeof warning === 'string') {
    warning = new Error(warning);
    warning.name = name;
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw invalidArgType('warning', ['instance of Error', 'string'], warning);
  }
  process.nextTick(() => process.emit('warning', warning));
};
let warnedTraceHint = false;
process.on('warning', (warning) => {
  // node's default handler: one stderr line per warning, the --trace-warnings hint once.
  const code = warning.code ? '[' + warning.code + '] ' : '';
  let text = '(node:' + process.pid + ') ' + code + warning.name + ': ' + warning.message;
  if (!warnedTraceHint) {
    warnedTraceHint = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += '\n(Use `node ' + flag + ' ...` to show where the warning was created)';
  }
  writeStream(true, text + '\n');
});

// ---- stdout / stderr ----
function writeStream(toStderr, text) {
  natives.writeStream(toStderr, text);
}
function makeStream(toStderr, fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = false;
  stream.writable = true;
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    if (typeof chunk !== 'string') {
      if (chunk instanceof Uint8Array) {
        const { Buffer } = require('buffer');
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString();
      } else {
        throw invalidArgType('chunk', ['string', 'instance of Buffer', 'instance of Uint8Array'], chunk);
      }
    }
    writeStream(toStderr, chunk);
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  };
  stream.end = function end(chunk) {
    if (chunk !== undefined && chunk !== null) stream.write(chunk);
  };
  return stream;
}
process.stdout = makeStream(false, 1);
process.stderr = makeStream(true, 2);

require('internal/console').install(globalThis.console);

// ---- globals from library modules (loaded when first used) ----
function lazyGlobal(name, load) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
}
globalThis.global = globalThis;
// util.promisify(setTimeout) / (setImmediate) use timers/promises, as in node.
for (const [timer, name] of [[globalThis.setTimeout, 'setTimeout'], [globalThis.setImmediate, 'setImmediate']]) {
  Object.defineProperty(timer, Symbol.for('nodejs.util.promisify.custom'), {
    get() {
      return require('timers/promises')[name];
    },
    enumerable: true,
    configurable: true,
  });
}
lazyGlobal('performance', () => require('perf_hooks').performance);
lazyGlobal('Buffer', () => require('buffer').Buffer);

// ---- the main module ----
const publicModules = natives.publicModules ? natives.publicModules() : [];
const nodeBuiltins = ['assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path',
  'path/posix', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises',
  'repl', 'stream', 'stream/promises', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib'];

// The script's own modules (./lib.js) load through internal/script_modules, compiled the first
// time a script needs it: most scenarios are one file.
let mainModule = null;
let scriptModules = null;
function scriptModuleLoader() {
  if (scriptModules === null) {
    scriptModules = require('internal/script_modules');
    scriptModules.setMakeRequire(makeRequire);
    scriptModules.registerMain(mainModule);
  }
  return scriptModules;
}

// `require` as a module sees it; `module` is its record (main's or one of script_modules').
function makeRequire(module) {
  function require(id) {
    if (typeof id !== 'string') throw invalidArgType('id', 'string', id);
    if (id === '') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'id' must be a non-empty string. Received ''");
    }
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (bare === 'process') return process;
    if (publicModules.includes(bare)) return loadModule(bare);
    if (nodeBuiltins.includes(bare) || id.startsWith('node:')) {
      throw codedError(Error, 'ERR_LOOPLAB_UNSUPPORTED',
        "Looplab does not model the module '" + id + "' yet. Modules it models: " +
        publicModules.join(', '));
    }
    return scriptModuleLoader().load(id, module);
  }
  require.resolve = function resolve(id) {
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (publicModules.includes(bare) || bare === 'process') return id;
    if (nodeBuiltins.includes(bare) || id.startsWith('node:')) return require(id);
    return scriptModuleLoader().resolveFilename(id, module);
  };
  Object.defineProperty(require, 'cache', {
    get() {
      return scriptModuleLoader().cache;
    },
    enumerable: true,
    configurable: true,
  });
  require.main = mainModule;
  return require;
}
const loadModule = natives.loadModule;

function mainModuleArguments() {
  const filename = process.argv[1];
  const dirname = filename.slice(0, filename.lastIndexOf('/')) || '/';
  const exports = {};
  const paths = [];
  for (let at = dirname; ; at = at.slice(0, at.lastIndexOf('/')) || '/') {
    if (!at.endsWith('/node_modules')) paths.push((at === '/' ? '' : at) + '/node_modules');
    if (at === '/') break;
  }
  mainModule = { id: '.', path: dirname, exports, filename, loaded: false, children: [], paths };
  const require = makeRequire(mainModule);
  Object.defineProperty(mainModule, 'parent', { value: null, writable: true, configurable: true });
  Object.defineProperty(mainModule, 'require', { value: require, writable: true, configurable: true });
  return [exports, require, mainModule, filename, dirname];
}

// ---- unhandled rejections (lib/internal/process/promises.js, the default "throw" mode) ----
function noSideEffectsToString(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return typeof value === 'symbol' ? value.toString() : String(value);
  }
  if (value instanceof Error) return value.name + ': ' + value.message;
  if (Array.isArray(value)) return '[object Array]';
  const ctor = value.constructor;
  return '#<' + (ctor && ctor.name ? ctor.name : 'Object') + '>';
}
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise rejected ' +
      'with the reason "' + noSideEffectsToString(reason) + '".');
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true, enumerable: false,
});
function reportRejection(promise, reason) {
  if (process.emit('unhandledRejection', reason, promise)) return;
  const error = reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
  natives.setUncaughtOrigin('unhandledRejection');
  natives.throwFromOrigin(error);
}

module.exports = { mainModuleArguments, reportRejection };
