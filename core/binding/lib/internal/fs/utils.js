'use strict';
// What fs.js and fs/promises.js share: argument checks with node's messages (paths, flags,
// modes, encodings, options), the errors made from the natives' [code, errno, description], the
// Stats and Dirent objects, and the conversions between bytes and strings.
//
// The natives (core/binding/natives/fs.cpp) speak in paths, fds, Uint8Arrays and the two
// encodings they decode themselves (utf8, latin1); any other encoding goes through Buffer.

const natives = binding('fs');
const {
  codedError, invalidArgType, invalidArgValue, notModelled, validateFunction, validateInteger,
} = require('internal/errors');

// ---- constants (Linux values, fs.constants) ----
const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
  S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
  O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
  S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0,
  R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
Object.freeze(constants);
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// ---- Buffer, once lib/buffer.js is there ----
let BufferClass;
function getBuffer() {
  if (BufferClass === undefined) {
    try {
      BufferClass = require('buffer').Buffer || null;
    } catch {
      BufferClass = null;
    }
  }
  return BufferClass;
}

// ---- paths ----
function isUrl(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && typeof value.pathname === 'string';
}

function isBytes(value) {
  return ArrayBuffer.isView(value);
}

// A path argument as a string: strings, Buffers / Uint8Arrays (utf8) and file: URLs.
function toPath(value, name = 'path') {
  let path;
  if (typeof value === 'string') {
    path = value;
  } else if (isBytes(value) && value instanceof Uint8Array) {
    path = natives.decode(value, 'utf8');
  } else if (isUrl(value)) {
    if (value.protocol !== 'file:') {
      throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    path = decodeURIComponent(value.pathname);
  } else {
    throw invalidArgType(name, ['string', 'instance of Buffer', 'instance of URL'], value);
  }
  if (path.includes('\u0000')) {
    throw invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateFd(fd, name = 'fd') {
  validateInteger(fd, name, 0, 2147483647);
  return fd;
}

// ---- flags and modes ----
const flagTable = {
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC,
  sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) {
    return flagTable[flags];
  }
  throw invalidArgValue(name, flags);
}

function parseFileMode(value, name, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') {
    let octal = value.length > 0;
    for (let i = 0; i < value.length; ++i) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 55) octal = false;  // '0'..'7'
    }
    if (!octal) {
      throw invalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(value, 8);
  }
  validateInteger(value, name, 0, 4294967295);
  return value;
}

// ---- encodings and options ----
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null) return undefined;
  switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return null;
  }
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && normalizeEncoding(encoding) === null) {
    throw invalidArgValue('encoding', encoding, 'is invalid encoding');
  }
}

// node's getOptions: undefined / a function -> the defaults; a string -> its encoding.
function getOptions(options, defaults = {}) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = Object.assign({}, defaults, { encoding: options });
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', ['string', 'object'], options);
  }
  checkEncoding(options.encoding);
  return options;
}

function maybeCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

// ---- bytes and strings ----
// Bytes from the natives (a Uint8Array) as the script asked: a string in `encoding`, or a
// Buffer (a string when Looplab has no Buffer yet).
function fromBytes(bytes, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === 'utf8' || enc === 'latin1') return natives.decode(bytes, enc);
  const Buffer = getBuffer();
  if (Buffer === null) {
    if (enc === undefined) return natives.decode(bytes, 'utf8');
    throw notModelled("the '" + encoding + "' encoding without Buffer");
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return enc === undefined ? buffer : buffer.toString(enc);
}

// Data to write as what the natives take: a string in utf8 / latin1, or a Uint8Array.
function toWritable(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    const enc = normalizeEncoding(encoding) || 'utf8';
    if (enc === 'utf8' || enc === 'latin1') return { data, encoding: enc };
    const Buffer = getBuffer();
    if (Buffer === null) throw notModelled("the '" + encoding + "' encoding without Buffer");
    return { data: Buffer.from(data, enc), encoding: '' };
  }
  if (isBytes(data)) {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return { data: bytes, encoding: '' };
  }
  throw invalidArgType(name, ['string', 'instance of Buffer', 'instance of TypedArray', 'instance of DataView'], data);
}

function byteLength(writable) {
  if (typeof writable.data !== 'string') return writable.data.length;
  return natives.encode(writable.data, writable.encoding).length;
}

// Many chunks of bytes as one Uint8Array.
function concatBytes(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// readFile's limit: node refuses files above 2 GiB (kIoMaxLength); Looplab's engine also keeps
// every buffer under 256 MB, so a bigger file can only be read in parts (fs.read).
const kMaxReadFileSize = 2 ** 31 - 1;
const kMaxEngineBuffer = 256 * 1024 * 1024;
function checkReadFileSize(size) {
  if (size > kMaxReadFileSize) {
    return codedError(RangeError, 'ERR_FS_FILE_TOO_LARGE', 'File size (' + size + ') is greater than 2 GiB');
  }
  if (size > kMaxEngineBuffer) return notModelled('readFile of a file above 256 MB (read it in parts)');
  return null;
}

// ---- errors ----
// node's uvException: "ENOENT: no such file or directory, open '/app/missing.txt'" with errno,
// code, syscall, path (and dest) set in that order. Errors that reach a callback or a promise
// were made by C++ in node, with no JavaScript frames: their stack is the message alone.
function uvError(info, syscall, path, dest, fromCallback) {
  const [code, errno, description] = info;
  let message = code + ': ' + description + ', ' + syscall;
  if (path !== undefined) message += " '" + path + "'";
  if (dest !== undefined) message += " -> '" + dest + "'";
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  if (fromCallback) {
    Object.defineProperty(error, 'stack', {
      value: 'Error: ' + message, writable: true, configurable: true, enumerable: false,
    });
  }
  return error;
}

class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', {
  value: 'SystemError', writable: true, configurable: true, enumerable: false,
});

// node's ERR_FS_EISDIR (fs.rm of a directory without recursive).
function rmDirectoryError(path) {
  const error = codedError(SystemError, 'ERR_FS_EISDIR',
    'Path is a directory: rm returned EISDIR (is a directory) ' + path);
  error.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
  error.errno = 21;
  error.syscall = 'rm';
  error.path = path;
  return error;
}

// ---- calling the natives ----
// natives.NAME(...args, callback, ctx), spelled out: a spread call cannot reach a host-call
// native in this engine yet.
function invoke(name, args, callback, ctx) {
  const fn = natives[name];
  switch (args.length) {
    case 1: return fn(args[0], callback, ctx);
    case 2: return fn(args[0], args[1], callback, ctx);
    case 3: return fn(args[0], args[1], args[2], callback, ctx);
    case 4: return fn(args[0], args[1], args[2], args[3], callback, ctx);
    case 5: return fn(args[0], args[1], args[2], args[3], args[4], callback, ctx);
    case 6: return fn(args[0], args[1], args[2], args[3], args[4], args[5], callback, ctx);
    default: throw new Error('fs: bad native call ' + name);
  }
}

// The synchronous form: returns the result or throws node's error.
function callSync(name, args, syscall, path, dest) {
  const ctx = {};
  const result = invoke(name, args, undefined, ctx);
  if (ctx.error !== undefined) throw uvError(ctx.error, syscall, path, dest, false);
  return result;
}

// The asynchronous form: done(error, result) runs in the poll phase, when the pool is done.
function callAsync(name, args, syscall, path, dest, done) {
  invoke(name, args, function oncomplete(error, result) {
    if (error !== undefined) done(uvError(error, syscall, path, dest, true));
    else done(null, result);
  });
}

function callPromise(name, args, syscall, path, dest) {
  return new Promise((resolve, reject) => {
    callAsync(name, args, syscall, path, dest, (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
}

// ---- mkdtemp ----
// node appends six random characters; Looplab's come from a fixed sequence, so runs repeat.
const kTempChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
let tempState = 0x2545f491;
function nextTempSuffix() {
  let suffix = '';
  for (let i = 0; i < 6; ++i) {
    tempState = (Math.imul(tempState, 1103515245) + 12345) >>> 0;
    suffix += kTempChars[(tempState >>> 16) % kTempChars.length];
  }
  return suffix;
}

// ---- Stats and Dirent ----
const S_IFMT = constants.S_IFMT;

function StatsBase() {}
Object.assign(StatsBase.prototype, {
  isDirectory() { return (this.mode & S_IFMT) === constants.S_IFDIR; },
  isFile() { return (this.mode & S_IFMT) === constants.S_IFREG; },
  isBlockDevice() { return (this.mode & S_IFMT) === constants.S_IFBLK; },
  isCharacterDevice() { return (this.mode & S_IFMT) === constants.S_IFCHR; },
  isSymbolicLink() { return (this.mode & S_IFMT) === constants.S_IFLNK; },
  isFIFO() { return (this.mode & S_IFMT) === constants.S_IFIFO; },
  isSocket() { return (this.mode & S_IFMT) === constants.S_IFSOCK; },
});
for (const name of Object.keys(StatsBase.prototype)) {
  Object.defineProperty(StatsBase.prototype, name, { enumerable: false });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
  birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);

// The natives' 14 numbers as a Stats object.
function makeStats(fields) {
  return new Stats(...fields);
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

// readdir's result: names (strings or Buffers), or Dirents with { withFileTypes: true }.
function makeDirEntries(result, path, options) {
  if (options.withFileTypes) {
    const [names, directories] = result;
    return names.map((name, i) =>
      new Dirent(name, directories[i] ? constants.UV_DIRENT_DIR : constants.UV_DIRENT_FILE, path));
  }
  if (options.encoding === 'buffer') {
    const Buffer = getBuffer();
    if (Buffer === null) throw notModelled("readdir's 'buffer' encoding without Buffer");
    return result.map((name) => Buffer.from(name));
  }
  return result;
}

module.exports = {
  checkReadFileSize,
  nextTempSuffix,
  constants,
  natives,
  getBuffer,
  toPath,
  validateFd,
  stringToFlags,
  parseFileMode,
  normalizeEncoding,
  getOptions,
  maybeCallback,
  fromBytes,
  toWritable,
  byteLength,
  concatBytes,
  uvError,
  rmDirectoryError,
  callSync,
  callAsync,
  callPromise,
  Stats,
  makeStats,
  Dirent,
  makeDirEntries,
};
