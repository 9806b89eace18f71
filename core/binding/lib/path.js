'use strict';
// require('path'): POSIX path strings, as node's path.posix computes them. Pure string work: it
// never looks at the disk, so "a/../b" is "b" here even when "a" is a file.
//
// The one rule behind normalize, join, resolve and relative: split on '/', drop '' and '.',
// let '..' cancel the segment before it (above the root of an absolute path it vanishes; in a
// relative path it is kept as a leading '..'), then glue the rest back with '/'.
//
// Not modelled: path.win32 (Looplab's machine is Linux) and path.matchesGlob (experimental).

const { invalidArgType, notModelled, validateObject } = require('internal/errors');

const SLASH = 47;  // '/'
const DOT = 46;    // '.'

function checkString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

// The segments of `text` after '.', '..' and empty ones are applied (see the top of the file).
function collapse(text, absolute) {
  const kept = [];
  for (const part of text.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
      else if (!absolute) kept.push('..');
      continue;
    }
    kept.push(part);
  }
  return kept.join('/');
}

function isAbsolute(path) {
  checkString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function normalize(path) {
  checkString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let out = collapse(path, absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? '/' + out : out;
}

function join(...parts) {
  if (parts.length === 0) return '.';
  let joined;
  for (let i = 0; i < parts.length; ++i) {
    const part = parts[i];
    checkString(part, 'path');
    if (part.length > 0) joined = joined === undefined ? part : joined + '/' + part;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function resolve(...parts) {
  let resolved = '';
  let absolute = false;
  for (let i = parts.length - 1; i >= -1 && !absolute; --i) {
    const part = i >= 0 ? parts[i] : process.cwd();
    checkString(part, i >= 0 ? 'paths[' + i + ']' : 'path');
    if (part.length === 0) continue;
    resolved = part + '/' + resolved;
    absolute = part.charCodeAt(0) === SLASH;
  }
  const out = collapse(resolved, absolute);
  if (absolute) return '/' + out;
  return out.length > 0 ? out : '.';
}

function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  const fromParts = resolve(from).split('/').filter((part) => part !== '');
  const toParts = resolve(to).split('/').filter((part) => part !== '');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
    ++common;
  }
  const ups = [];
  for (let i = common; i < fromParts.length; ++i) ups.push('..');
  return ups.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

// The end of the last segment of `path`, ignoring trailing slashes (-1 when there is none).
function lastSegmentEnd(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) --end;
  return end;
}

// dirname keeps the text before the slash that precedes the last segment, as written (extra
// slashes before that slash stay: dirname('a//b') is 'a/'); only a leading '//' is kept whole.
function dirname(path) {
  checkString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  let i = path.length - 1;
  while (i >= 1 && path.charCodeAt(i) === SLASH) --i;  // trailing slashes
  while (i >= 1 && path.charCodeAt(i) !== SLASH) --i;  // the last segment
  if (i < 1) return absolute ? '/' : '.';
  if (i === 1 && absolute) return '//';
  return path.slice(0, i);
}

// [start, end) of the last segment, trailing slashes excluded.
function lastSegment(path) {
  const end = lastSegmentEnd(path);
  let start = end;
  while (start > 0 && path.charCodeAt(start - 1) !== SLASH) --start;
  return [start, end];
}

function basename(path, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(path, 'path');
  const [start, end] = lastSegment(path);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return path.slice(start, end);
  }
  // node compares the suffix with the path's last characters (after its trailing slashes),
  // right to left, and stops at the slash before the last segment. That gives its edge cases:
  if (path === suffix) return '';
  if (end === 0) return path;  // only slashes: the whole path
  const base = path.slice(start, end);
  if (suffix.length > base.length) {
    // The segment ran out before the suffix did: with no mismatch, node keeps the trailing
    // slashes too (basename('a/b/', 'xb') is 'b/').
    return suffix.endsWith(base) ? path.slice(start) : base;
  }
  if (suffix.length < base.length && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  return base;
}

// Where the extension of `base` (a last segment) starts, or -1: at its last '.', unless that is
// its first character (".bashrc") or the segment is '..'.
function extensionStart(base) {
  if (base === '..') return -1;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? -1 : dot;
}

function extname(path) {
  checkString(path, 'path');
  const [start, end] = lastSegment(path);
  const base = path.slice(start, end);
  const dot = extensionStart(base);
  return dot < 0 ? '' : base.slice(dot);
}

function parse(path) {
  checkString(path, 'path');
  const out = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return out;
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) out.root = '/';
  const end = lastSegmentEnd(path);
  let start = end;
  while (start > 0 && path.charCodeAt(start - 1) !== SLASH) --start;
  const base = path.slice(start, end);
  if (end > 0) {
    out.base = base;
    // node's parse (not extname) sees '..' right after the root as "." plus the extension ".".
    const dot = base === '..' && start === 1 ? 1 : extensionStart(base);
    out.name = dot < 0 ? base : base.slice(0, dot);
    out.ext = dot < 0 ? '' : base.slice(dot);
  }
  if (start > 0) out.dir = path.slice(0, start - 1);
  else if (absolute) out.dir = '/';
  if (out.dir === '' && absolute) out.dir = '/';
  return out;
}

function format(object) {
  validateObject(object, 'pathObject');
  const dir = object.dir || object.root;
  let base = object.base;
  if (!base) {
    const ext = object.ext || '';
    base = (object.name || '') + (ext && ext.charCodeAt(0) !== DOT ? '.' + ext : ext);
  }
  if (!dir) return base;
  return dir === object.root ? dir + base : dir + '/' + base;
}

function matchesGlob() {
  throw notModelled('path.matchesGlob()');
}

const posix = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '/',
  delimiter: ':',
  posix: null,
  _makeLong: toNamespacedPath,
};
posix.posix = posix;

module.exports = posix;
