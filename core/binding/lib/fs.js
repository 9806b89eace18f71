'use strict';
// require('fs'): the callback and Sync forms of the file system API, over the simulated disk.
//
// How a request runs (see core/binding/natives/fs.cpp):
//
//   fs.stat(p, cb) ──► natives.stat(p, oncomplete) ──► the disk answers now; the request's cost
//                                                       is queued on the thread pool
//   ... the pool works (FIFO, shared with crypto, zlib, dns.lookup) ...
//   poll phase ──► oncomplete(error, result) ──► cb(err, stats)
//
// Sync forms ask the same natives without a callback: the JS thread pays the cost, as a blocking
// syscall would make it.
//
// Compound calls make the round trips node makes (lib/fs.js), so they queue behind other pool
// work the same way: readFile = open, fstat, read (one per 512 KB; an empty file still reads
// once), close; writeFile and appendFile = open, write, close; rm = lstat, then the removal;
// exists = access.

const {
  constants, natives, getBuffer, toPath, validateFd, stringToFlags, parseFileMode, getOptions,
  maybeCallback, fromBytes, toWritable, concatBytes, rmDirectoryError, callSync, callAsync, Stats,
  makeStats, Dirent, makeDirEntries, nextTempSuffix, checkReadFileSize,
} = require('internal/fs/utils');
const { invalidArgType, validateFunction, notModelled } = require('internal/errors');

const kReadFileChunk = 512 * 1024;         // node's kReadFileBufferLength
const kReadFileUnknownChunk = 64 * 1024;   // kReadFileUnknownBufferLength (size 0: /proc files)
const kReadDefaultLength = 16384;          // fs.read(fd, cb) allocates this much

function noop() {}

// ---- open / close / stat ----

function open(path, flags, mode, callback) {
  path = toPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  maybeCallback(callback);
  callAsync('open', [path, flagsNumber, mode], 'open', path, undefined, callback);
}

function openSync(path, flags, mode) {
  path = toPath(path);
  return callSync('open', [path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)], 'open', path);
}

function close(fd, callback = noop) {
  validateFd(fd);
  if (callback !== noop) validateFunction(callback, 'cb');
  callAsync('close', [fd], 'close', undefined, undefined, (err) => callback(err));
}

function closeSync(fd) {
  validateFd(fd);
  callSync('close', [fd], 'close');
}

function statCallback(callback) {
  return (err, fields) => (err ? callback(err) : callback(null, makeStats(fields)));
}

function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  path = toPath(path);
  maybeCallback(callback);
  callAsync('stat', [path], 'stat', path, undefined, statCallback(callback));
}

function lstat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  path = toPath(path);
  maybeCallback(callback);
  callAsync('lstat', [path], 'lstat', path, undefined, statCallback(callback));
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFd(fd);
  maybeCallback(callback);
  callAsync('fstat', [fd], 'fstat', undefined, undefined, statCallback(callback));
}

// statSync(path, { throwIfNoEntry: false }) returns undefined for a missing path.
function statSyncAs(syscall, path, options) {
  path = toPath(path);
  const ctx = {};
  const fields = natives[syscall](path, undefined, ctx);
  if (ctx.error !== undefined) {
    if (options && options.throwIfNoEntry === false && ctx.error[0] === 'ENOENT') return undefined;
    return callSync(syscall, [path], syscall, path);  // throws the same error, made as node makes it
  }
  return makeStats(fields);
}

function statSync(path, options) {
  return statSyncAs('stat', path, options);
}

function lstatSync(path, options) {
  return statSyncAs('lstat', path, options);
}

function fstatSync(fd) {
  validateFd(fd);
  return makeStats(callSync('fstat', [fd], 'fstat'));
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  path = toPath(path);
  mode = mode === undefined ? constants.F_OK : mode | 0;
  maybeCallback(callback);
  callAsync('access', [path, mode], 'access', path, undefined, (err) => callback(err));
}

function accessSync(path, mode) {
  path = toPath(path);
  callSync('access', [path, mode === undefined ? constants.F_OK : mode | 0], 'access', path);
}

function exists(path, callback) {
  maybeCallback(callback);
  let checked;
  try {
    checked = toPath(path);
  } catch {
    // node answers false, from a nextTick, for a path it cannot even check.
    process.nextTick(callback, false);
    return;
  }
  natives.access(checked, constants.F_OK, function oncomplete(error) {
    callback(error === undefined);
  });
}

// util.promisify(fs.exists) resolves with the boolean (the callback has no error argument).
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
  writable: false,
  enumerable: false,
  configurable: true,
});

function existsSync(path) {
  let checked;
  try {
    checked = toPath(path);
  } catch {
    return false;
  }
  const ctx = {};
  natives.access(checked, constants.F_OK, undefined, ctx);
  return ctx.error === undefined;
}

// ---- read / write on an fd ----

// fs.read's arguments in each of its forms, as { buffer, offset, length, position }.
function readArguments(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
    // read(fd, { buffer, offset, length, position })
    ({ buffer, offset = 0, length, position = null } = buffer);
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length, position = null } = offsetOrOptions);
  }
  if (buffer === undefined) {
    const Buffer = getBuffer();
    buffer = Buffer ? Buffer.alloc(kReadDefaultLength) : new Uint8Array(kReadDefaultLength);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw invalidArgType('buffer', ['instance of Buffer', 'instance of TypedArray', 'instance of DataView'], buffer);
  }
  if (offset === undefined || offset === null) offset = 0;
  if (length === undefined) length = buffer.byteLength - offset;
  if (position === undefined || position === null || position === -1) position = -1;
  const bytes = buffer instanceof Uint8Array ? buffer :
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { buffer, bytes, offset, length, position: typeof position === 'bigint' ? Number(position) : position };
}

function read(fd, buffer, offset, length, position, callback) {
  let args;
  if (typeof buffer === 'function') {
    callback = buffer;
    args = readArguments(fd, undefined);
  } else if (typeof offset === 'function') {
    callback = offset;
    args = readArguments(fd, buffer);
  } else if (typeof length === 'function') {
    callback = length;
    args = readArguments(fd, buffer, offset);
  } else {
    args = readArguments(fd, buffer, offset, length, position);
  }
  maybeCallback(callback);
  callAsync('read', [fd, args.bytes, args.offset, args.length, args.position], 'read', undefined, undefined,
    (err, bytesRead) => (err ? callback(err) : callback(null, bytesRead, args.buffer)));
}

function readSync(fd, buffer, offset, length, position) {
  const args = readArguments(fd, buffer, offset, length, position);
  return callSync('read', [fd, args.bytes, args.offset, args.length, args.position], 'read');
}

// fs.write(fd, buffer[, offset[, length[, position]]]) and fs.write(fd, string[, position[,
// encoding]]), as the natives' arguments.
function writeArguments(fd, data, a, b, c) {
  validateFd(fd);
  if (typeof data === 'string') {
    const writable = toWritable(data, typeof b === 'string' ? b : 'utf8', 'buffer');
    const position = typeof a === 'number' ? a : -1;
    return [writable.data, 0, -1, position, writable.encoding];
  }
  const writable = toWritable(data, undefined, 'buffer');
  if (a !== null && typeof a === 'object') {
    ({ offset: a = 0, length: b, position: c = null } = a);
  }
  const offset = typeof a === 'number' ? a : 0;
  const length = typeof b === 'number' ? b : writable.data.length - offset;
  const position = typeof c === 'number' ? c : -1;
  return [writable.data, offset, length, position, ''];
}

function write(fd, data, a, b, c, callback) {
  const args = [a, b, c, callback];
  const last = args.findIndex((arg) => typeof arg === 'function');
  callback = last >= 0 ? args[last] : undefined;
  const rest = last >= 0 ? args.slice(0, last) : args.slice(0, 3);
  const nativeArgs = writeArguments(fd, data, rest[0], rest[1], rest[2]);
  maybeCallback(callback);
  callAsync('write', [fd, ...nativeArgs], 'write', undefined, undefined,
    (err, written) => (err ? callback(err) : callback(null, written, data)));
}

function writeSync(fd, data, a, b, c) {
  return callSync('write', [fd, ...writeArguments(fd, data, a, b, c)], 'write');
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateFd(fd);
  maybeCallback(callback);
  callAsync('ftruncate', [fd, len], 'ftruncate', undefined, undefined, (err) => callback(err));
}

function ftruncateSync(fd, len = 0) {
  validateFd(fd);
  callSync('ftruncate', [fd, len], 'ftruncate');
}

function truncate(path, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  path = toPath(path);
  maybeCallback(callback);
  callAsync('truncate', [path, len], 'open', path, undefined, (err) => callback(err));
}

function truncateSync(path, len = 0) {
  path = toPath(path);
  callSync('truncate', [path, len], 'open', path);
}

function fsync(fd, callback) {
  validateFd(fd);
  maybeCallback(callback);
  callAsync('fsync', [fd], 'fsync', undefined, undefined, (err) => callback(err));
}

function fsyncSync(fd) {
  validateFd(fd);
  callSync('fsync', [fd], 'fsync');
}

// ---- whole files ----

// readFile's steps, each a pool round trip: open, fstat, read until done, close. `path` may be
// an fd the script opened (then neither opened nor closed here, and read from its position).
function readFile(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, { flag: 'r' });
  const isFd = typeof path === 'number';
  if (isFd) validateFd(path, 'fd');
  else path = toPath(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  const chunks = [];
  let total = 0;
  let size = 0;
  let fd;

  const finish = (err, data) => {
    if (isFd) return callback(err, data);
    callAsync('close', [fd], 'close', undefined, undefined, (closeErr) => {
      if (err || closeErr) callback(err || closeErr);
      else callback(null, data);
    });
  };
  const readNext = () => {
    const length = size === 0 ? kReadFileUnknownChunk : Math.min(kReadFileChunk, size - total);
    callAsync('readChunk', [fd, length, isFd ? -1 : total, ''], 'read', undefined, undefined, (err, bytes) => {
      if (err) return finish(err);
      if (bytes.length > 0) {
        chunks.push(bytes);
        total += bytes.length;
      }
      if (bytes.length === 0 || (size !== 0 && total >= size)) {
        let data;
        try {
          data = fromBytes(concatBytes(chunks.length ? chunks : [new Uint8Array(0)], total), encoding);
        } catch (e) {
          return finish(e);
        }
        return finish(null, data);
      }
      readNext();
    });
  };
  const afterOpen = (err, opened) => {
    if (err) return callback(err);
    fd = opened;
    callAsync('fstat', [fd], 'fstat', undefined, undefined, (statErr, fields) => {
      if (statErr) return finish(statErr);
      const stats = makeStats(fields);
      size = stats.isFile() ? stats.size : 0;
      const tooLarge = checkReadFileSize(size);
      if (tooLarge) return finish(tooLarge);
      readNext();
    });
  };
  if (isFd) afterOpen(null, path);
  else callAsync('open', [path, flags, 0o666], 'open', path, undefined, afterOpen);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isFd = typeof path === 'number';
  if (isFd) validateFd(path, 'fd');
  else path = toPath(path);
  const fd = isFd ? path : callSync('open', [path, stringToFlags(options.flag), 0o666], 'open', path);
  try {
    const stats = makeStats(callSync('fstat', [fd], 'fstat'));
    const size = stats.isFile() ? stats.size : 0;
    const tooLarge = checkReadFileSize(size);
    if (tooLarge) throw tooLarge;
    const chunks = [];
    let total = 0;
    for (;;) {
      const length = size === 0 ? kReadFileUnknownChunk : Math.min(kReadFileChunk, size - total);
      const bytes = callSync('readChunk', [fd, length, isFd ? -1 : total, ''], 'read');
      if (bytes.length > 0) {
        chunks.push(bytes);
        total += bytes.length;
      }
      if (bytes.length === 0 || (size !== 0 && total >= size)) break;
    }
    return fromBytes(concatBytes(chunks.length ? chunks : [new Uint8Array(0)], total), options.encoding);
  } finally {
    if (!isFd) callSync('close', [fd], 'close');
  }
}

// writeFile's steps: open (flag 'w' truncates), write, close.
function writeFile(path, data, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const isFd = typeof path === 'number';
  if (isFd) validateFd(path, 'fd');
  else path = toPath(path);
  const writable = toWritable(data, options.encoding);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const writeAll = (fd) => {
    const done = (err) => {
      if (isFd) return callback(err);
      callAsync('close', [fd], 'close', undefined, undefined, (closeErr) => callback(err || closeErr || null));
    };
    callAsync('write', [fd, writable.data, 0, -1, -1, writable.encoding], 'write', undefined, undefined,
      (err) => done(err));
  };
  if (isFd) return writeAll(path);
  callAsync('open', [path, flags, mode], 'open', path, undefined, (err, fd) => {
    if (err) return callback(err);
    writeAll(fd);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const isFd = typeof path === 'number';
  if (isFd) validateFd(path, 'fd');
  else path = toPath(path);
  const writable = toWritable(data, options.encoding);
  const fd = isFd ? path :
    callSync('open', [path, stringToFlags(options.flag || 'w'), parseFileMode(options.mode, 'mode', 0o666)], 'open',
      path);
  try {
    callSync('write', [fd, writable.data, 0, -1, -1, writable.encoding], 'write');
  } finally {
    if (!isFd) callSync('close', [fd], 'close');
  }
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || typeof options.flag !== 'string' || !options.flag.includes('a')) {
    options = Object.assign({}, options, { flag: 'a' });
  }
  return options;
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  writeFile(path, data, appendOptions(typeof options === 'function' ? undefined : options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

// ---- directories and names ----

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = toPath(path);
  if (options.recursive) throw notModelled('fs.readdir with { recursive: true }');
  callAsync('readdir', [path, !!options.withFileTypes], 'scandir', path, undefined, (err, result) => {
    if (err) return callback(err);
    callback(null, makeDirEntries(result, path, options));
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = toPath(path);
  if (options.recursive) throw notModelled('fs.readdirSync with { recursive: true }');
  return makeDirEntries(callSync('readdir', [path, !!options.withFileTypes], 'scandir', path), path, options);
}

function mkdirOptions(options) {
  let recursive = false;
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) {
      if (typeof options.recursive !== 'boolean') {
        throw invalidArgType('options.recursive', 'boolean', options.recursive);
      }
      recursive = options.recursive;
    }
    mode = parseFileMode(options.mode, 'mode', 0o777);
  }
  return { recursive, mode };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = toPath(path);
  const { recursive, mode } = mkdirOptions(options);
  maybeCallback(callback);
  callAsync('mkdir', [path, recursive, mode], 'mkdir', path, undefined, (err, first) => {
    if (err) callback(err);
    else if (recursive) callback(null, first);
    else callback(null);
  });
}

function mkdirSync(path, options) {
  path = toPath(path);
  const { recursive, mode } = mkdirOptions(options);
  const first = callSync('mkdir', [path, recursive, mode], 'mkdir', path);
  return recursive ? first : undefined;
}

function warnRecursiveRmdir() {
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = toPath(path);
  maybeCallback(callback);
  if (options && options.recursive) {
    warnRecursiveRmdir();
    return rm(path, { recursive: true }, callback);
  }
  callAsync('rmdir', [path], 'rmdir', path, undefined, (err) => callback(err));
}

function rmdirSync(path, options) {
  path = toPath(path);
  if (options && options.recursive) {
    warnRecursiveRmdir();
    return rmSync(path, { recursive: true });
  }
  callSync('rmdir', [path], 'rmdir', path);
}

function unlink(path, callback) {
  path = toPath(path);
  maybeCallback(callback);
  callAsync('unlink', [path], 'unlink', path, undefined, (err) => callback(err));
}

function unlinkSync(path) {
  path = toPath(path);
  callSync('unlink', [path], 'unlink', path);
}

// fs.rm: an lstat first (a directory needs { recursive: true }; a missing path is fine with
// { force: true }), then the removal.
function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = toPath(path);
  maybeCallback(callback);
  const recursive = !!(options && options.recursive);
  const force = !!(options && options.force);
  callAsync('lstat', [path], 'lstat', path, undefined, (err, fields) => {
    if (err) return callback(err.code === 'ENOENT' && force ? null : err);
    if (makeStats(fields).isDirectory() && !recursive) return callback(rmDirectoryError(path));
    callAsync('removeTree', [path], 'rm', path, undefined, (removeErr) => callback(removeErr));
  });
}

function rmSync(path, options) {
  path = toPath(path);
  const recursive = !!(options && options.recursive);
  const force = !!(options && options.force);
  const ctx = {};
  const fields = natives.lstat(path, undefined, ctx);
  if (ctx.error !== undefined) {
    if (ctx.error[0] === 'ENOENT' && force) return;
    callSync('lstat', [path], 'lstat', path);
  }
  if (makeStats(fields).isDirectory() && !recursive) throw rmDirectoryError(path);
  callSync('removeTree', [path], 'rm', path);
}

function rename(oldPath, newPath, callback) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  maybeCallback(callback);
  callAsync('rename', [oldPath, newPath], 'rename', oldPath, newPath, (err) => callback(err));
}

function renameSync(oldPath, newPath) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  callSync('rename', [oldPath, newPath], 'rename', oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  maybeCallback(callback);
  const exclusive = ((mode | 0) & constants.COPYFILE_EXCL) !== 0;
  callAsync('copyFile', [src, dest, exclusive], 'copyfile', src, dest, (err) => callback(err));
}

function copyFileSync(src, dest, mode) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  callSync('copyFile', [src, dest, ((mode | 0) & constants.COPYFILE_EXCL) !== 0], 'copyfile', src, dest);
}

// mkdtemp(prefix): a new directory named prefix + six characters (retried while the name exists).
function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  prefix = toPath(prefix, 'prefix');
  const attempt = () => {
    const path = prefix + nextTempSuffix();
    callAsync('mkdir', [path, false, 0o700], 'mkdtemp', prefix + 'XXXXXX', undefined, (err) => {
      if (err && err.code === 'EEXIST') return attempt();
      if (err) return callback(err);
      callback(null, path);
    });
  };
  attempt();
}

function mkdtempSync(prefix) {
  prefix = toPath(prefix, 'prefix');
  for (;;) {
    const path = prefix + nextTempSuffix();
    const ctx = {};
    natives.mkdir(path, false, 0o700, undefined, ctx);
    if (ctx.error === undefined) return path;
    if (ctx.error[0] !== 'EEXIST') callSync('mkdir', [path, false, 0o700], 'mkdtemp', prefix + 'XXXXXX');
  }
}

function chmod(path, mode, callback) {
  path = toPath(path);
  mode = parseFileMode(mode, 'mode');
  maybeCallback(callback);
  callAsync('chmod', [path, mode], 'chmod', path, undefined, (err) => callback(err));
}

function chmodSync(path, mode) {
  path = toPath(path);
  callSync('chmod', [path, parseFileMode(mode, 'mode')], 'chmod', path);
}

// realpath: the disk has no symbolic links, so the real path is the resolved one, once every
// prefix of it exists (node's JavaScript realpath lstats them in turn: a missing one is the error).
function resolveReal(path, lstatPrefix) {
  const resolved = require('path').resolve(path);
  let prefix = '';
  for (const part of resolved.split('/')) {
    if (part === '') continue;
    prefix += '/' + part;
    lstatPrefix(prefix);
  }
  return resolved;
}

function realpathSync(path) {
  path = toPath(path);
  return resolveReal(path, (prefix) => callSync('lstat', [prefix], 'lstat', prefix));
}

realpathSync.native = function realpathSync(path) {
  path = toPath(path);
  const resolved = require('path').resolve(path);
  callSync('stat', [resolved], 'realpath', path);
  return resolved;
};

function realpath(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  path = toPath(path);
  const resolved = require('path').resolve(path);
  const prefixes = [];
  let prefix = '';
  for (const part of resolved.split('/')) {
    if (part === '') continue;
    prefix += '/' + part;
    prefixes.push(prefix);
  }
  const next = (i) => {
    if (i === prefixes.length) return callback(null, resolved);
    callAsync('lstat', [prefixes[i]], 'lstat', prefixes[i], undefined, (err) => (err ? callback(err) : next(i + 1)));
  };
  next(0);
}

// Not modelled yet (streams and watchers come with later issues): a clear error naming them.
function unsupported(name) {
  return function () {
    throw notModelled('fs.' + name + '()');
  };
}

let promises;

module.exports = {
  appendFile,
  appendFileSync,
  access,
  chmod,
  chmodSync,
  realpath,
  realpathSync,
  createReadStream: unsupported('createReadStream'),
  createWriteStream: unsupported('createWriteStream'),
  watch: unsupported('watch'),
  watchFile: unsupported('watchFile'),
  symlink: unsupported('symlink'),
  symlinkSync: unsupported('symlinkSync'),
  accessSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  exists,
  existsSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  lstat,
  lstatSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readFile,
  readFileSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  write,
  writeSync,
  writeFile,
  writeFileSync,
  Dirent,
  Stats,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('fs/promises');
    return promises;
  },
});
