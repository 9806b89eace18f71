'use strict';
// require('fs/promises') (also fs.promises): the same requests as lib/fs.js, settled as promises
// from the poll-phase completion. Files are opened as FileHandle objects, as in node, and
// readFile / writeFile make the same round trips: open, fstat, read..., close / open, write, close.

const {
  constants, toPath, stringToFlags, parseFileMode, getOptions, fromBytes, toWritable, concatBytes,
  rmDirectoryError, callPromise, makeStats, makeDirEntries, getBuffer, nextTempSuffix, checkReadFileSize,
} = require('internal/fs/utils');
const { notModelled } = require('internal/errors');

const kReadFileChunk = 512 * 1024;
const kReadFileUnknownChunk = 64 * 1024;

const kFd = Symbol('kFd');

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  #checkOpen(syscall) {
    if (this[kFd] === -1) {
      const error = new Error('file closed');
      error.code = 'EBADF';
      error.syscall = syscall;
      throw error;
    }
  }

  async stat() {
    this.#checkOpen('fstat');
    return makeStats(await callPromise('fstat', [this[kFd]], 'fstat'));
  }

  async read(buffer, offset, length, position) {
    this.#checkOpen('read');
    if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer, offset = 0, length, position = null } = buffer);
    }
    if (buffer === undefined) {
      const Buffer = getBuffer();
      buffer = Buffer ? Buffer.alloc(16384) : new Uint8Array(16384);
    }
    if (offset === undefined || offset === null) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    if (position === undefined || position === null) position = -1;
    const bytes = buffer instanceof Uint8Array ? buffer :
      new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const bytesRead = await callPromise('read', [this[kFd], bytes, offset, length, position], 'read');
    return { bytesRead, buffer };
  }

  async write(data, a, b, c) {
    this.#checkOpen('write');
    let args;
    if (typeof data === 'string') {
      const writable = toWritable(data, typeof b === 'string' ? b : 'utf8', 'buffer');
      args = [writable.data, 0, -1, typeof a === 'number' ? a : -1, writable.encoding];
    } else {
      const writable = toWritable(data, undefined, 'buffer');
      if (a !== null && typeof a === 'object') ({ offset: a = 0, length: b, position: c = null } = a);
      const offset = typeof a === 'number' ? a : 0;
      args = [writable.data, offset, typeof b === 'number' ? b : writable.data.length - offset,
        typeof c === 'number' ? c : -1, ''];
    }
    const bytesWritten = await callPromise('write', [this[kFd], ...args], 'write');
    return { bytesWritten, buffer: data };
  }

  async readFile(options) {
    this.#checkOpen('read');
    options = getOptions(options);
    return readWhole(this[kFd], options.encoding);
  }

  async writeFile(data, options) {
    this.#checkOpen('write');
    options = getOptions(options, { encoding: 'utf8' });
    const writable = toWritable(data, options.encoding);
    await callPromise('write', [this[kFd], writable.data, 0, -1, -1, writable.encoding], 'write');
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async truncate(len = 0) {
    this.#checkOpen('ftruncate');
    await callPromise('ftruncate', [this[kFd], len], 'ftruncate');
  }

  async sync() {
    this.#checkOpen('fsync');
    await callPromise('fsync', [this[kFd]], 'fsync');
  }

  async close() {
    if (this[kFd] === -1) return;
    const fd = this[kFd];
    this[kFd] = -1;
    await callPromise('close', [fd], 'close');
  }
}

// fstat, then reads until the file's size (or an empty read, for files of unknown size).
async function readWhole(fd, encoding) {
  const stats = makeStats(await callPromise('fstat', [fd], 'fstat'));
  const size = stats.isFile() ? stats.size : 0;
  const tooLarge = checkReadFileSize(size);
  if (tooLarge) throw tooLarge;
  const chunks = [];
  let total = 0;
  for (;;) {
    const length = size === 0 ? kReadFileUnknownChunk : Math.min(kReadFileChunk, size - total);
    const bytes = await callPromise('readChunk', [fd, length, -1, ''], 'read');
    if (bytes.length > 0) {
      chunks.push(bytes);
      total += bytes.length;
    }
    if (bytes.length === 0 || (size !== 0 && total >= size)) break;
  }
  return fromBytes(concatBytes(chunks.length ? chunks : [new Uint8Array(0)], total), encoding);
}

async function open(path, flags, mode) {
  path = toPath(path);
  const fd = await callPromise('open', [path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)], 'open',
    path);
  return new FileHandle(fd);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  path = toPath(path);
  const handle = await open(path, options.flag || 'r');
  try {
    return await readWhole(handle.fd, options.encoding);
  } finally {
    await handle.close();
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const writable = toWritable(data, options.encoding);
  if (path instanceof FileHandle) {
    await callPromise('write', [path.fd, writable.data, 0, -1, -1, writable.encoding], 'write');
    return;
  }
  path = toPath(path);
  const handle = await open(path, options.flag || 'w', options.mode);
  try {
    await callPromise('write', [handle.fd, writable.data, 0, -1, -1, writable.encoding], 'write');
  } finally {
    await handle.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || !String(options.flag).includes('a')) options = Object.assign({}, options, { flag: 'a' });
  return writeFile(path, data, options);
}

async function stat(path) {
  path = toPath(path);
  return makeStats(await callPromise('stat', [path], 'stat', path));
}

async function lstat(path) {
  path = toPath(path);
  return makeStats(await callPromise('lstat', [path], 'lstat', path));
}

async function access(path, mode) {
  path = toPath(path);
  await callPromise('access', [path, mode === undefined ? constants.F_OK : mode | 0], 'access', path);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = toPath(path);
  if (options.recursive) throw notModelled('fsPromises.readdir with { recursive: true }');
  const result = await callPromise('readdir', [path, !!options.withFileTypes], 'scandir', path);
  return makeDirEntries(result, path, options);
}

async function mkdir(path, options) {
  path = toPath(path);
  let recursive = false;
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode', 0o777);
  } else if (options) {
    recursive = !!options.recursive;
    mode = parseFileMode(options.mode, 'mode', 0o777);
  }
  const first = await callPromise('mkdir', [path, recursive, mode], 'mkdir', path);
  return recursive ? first : undefined;
}

async function mkdtemp(prefix) {
  prefix = toPath(prefix, 'prefix');
  for (;;) {
    const path = prefix + nextTempSuffix();
    try {
      await callPromise('mkdir', [path, false, 0o700], 'mkdtemp', prefix + 'XXXXXX');
      return path;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
  }
}

async function rmdir(path) {
  path = toPath(path);
  await callPromise('rmdir', [path], 'rmdir', path);
}

async function unlink(path) {
  path = toPath(path);
  await callPromise('unlink', [path], 'unlink', path);
}

async function rm(path, options) {
  path = toPath(path);
  const recursive = !!(options && options.recursive);
  const force = !!(options && options.force);
  let fields;
  try {
    fields = await callPromise('lstat', [path], 'lstat', path);
  } catch (err) {
    if (err.code === 'ENOENT' && force) return;
    throw err;
  }
  if (makeStats(fields).isDirectory() && !recursive) throw rmDirectoryError(path);
  await callPromise('removeTree', [path], 'rm', path);
}

async function rename(oldPath, newPath) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  await callPromise('rename', [oldPath, newPath], 'rename', oldPath, newPath);
}

async function copyFile(src, dest, mode) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  const exclusive = ((mode | 0) & constants.COPYFILE_EXCL) !== 0;
  await callPromise('copyFile', [src, dest, exclusive], 'copyfile', src, dest);
}

async function chmod(path, mode) {
  path = toPath(path);
  await callPromise('chmod', [path, parseFileMode(mode, 'mode')], 'chmod', path);
}

async function realpath(path) {
  path = toPath(path);
  const resolved = require('path').resolve(path);
  await callPromise('stat', [resolved], 'realpath', path);
  return resolved;
}

async function truncate(path, len = 0) {
  path = toPath(path);
  await callPromise('truncate', [path, len], 'open', path);
}

module.exports = {
  access,
  chmod,
  realpath,
  copyFile,
  open,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  mkdtemp,
  readdir,
  stat,
  lstat,
  unlink,
  writeFile,
  appendFile,
  readFile,
  constants,
};
