'use strict';
// The script's own CommonJS modules: require('./lib.js'), require('../data.json'), require('/abs')
// from the virtual disk, resolved and loaded as node's lib/internal/modules/cjs/loader.js does:
//
//   - a relative or absolute id names X = path.resolve(dirname(parent), id); the first of
//     X, X.js, X.json, X.node that is a file, else X as a folder: its package.json "main"
//     (as a file, then as a folder's index), then X/index.js, X/index.json;
//   - each module runs once, as `function (exports, require, module, __filename, __dirname)`
//     with this = module.exports; its record is in require.cache (keyed by file name) before its
//     code runs, so a cycle sees the other module's exports as they stand;
//   - a .json file is JSON.parse'd; a .node file is native code, which a simulation cannot run.
//
// node_modules folders are not searched (a bare name that is not a Node module fails as node
// fails without node_modules). Loaded lazily by bootstrap.js on the first such require.

const path = require('path');
const { codedError } = require('internal/errors');
const natives = binding('modules');

// Filled by bootstrap.js: makes a module's require function (the same shape as the main one).
let makeRequire = null;
const cache = Object.create(null);

function isFile(file) {
  return natives.kind(file) === 'file';
}

function tryExtensions(base) {
  for (const candidate of [base, base + '.js', base + '.json', base + '.node']) {
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

function tryIndex(folder) {
  for (const candidate of [folder + '/index.js', folder + '/index.json', folder + '/index.node']) {
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

function tryFolder(folder, parentFile) {
  const manifest = folder + '/package.json';
  if (isFile(manifest)) {
    let main;
    try {
      main = JSON.parse(natives.readSource(manifest)).main;
    } catch (error) {
      error.path = manifest;
      error.message = 'Error parsing ' + manifest + ': ' + error.message;
      throw error;
    }
    if (typeof main === 'string' && main !== '') {
      const target = path.resolve(folder, main);
      const found = tryExtensions(target) || (natives.kind(target) === 'directory' && tryIndex(target)) ||
        tryIndex(folder);
      if (found) return found;
      const error = new Error("Cannot find module '" + target + "'. Please verify that the package.json " +
        "has a valid \"main\" entry");
      error.code = 'MODULE_NOT_FOUND';
      error.path = manifest;
      error.requestPath = parentFile;
      throw error;
    }
  }
  return tryIndex(folder);
}

function isPathId(id) {
  return id.startsWith('./') || id.startsWith('../') || id.startsWith('/') || id === '.' || id === '..';
}

function requireStack(parent) {
  const stack = [];
  for (let module = parent; module; module = module.parent) stack.push(module.filename);
  return stack;
}

function notFound(id, parent) {
  const stack = requireStack(parent);
  const error = new Error("Cannot find module '" + id + "'\nRequire stack:\n- " + stack.join('\n- '));
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = stack;
  return error;
}

// The file `id` names from `parent` (a module record), or a MODULE_NOT_FOUND error thrown.
function resolveFilename(id, parent) {
  if (!isPathId(id)) throw notFound(id, parent);
  const base = path.resolve(parent.path, id);
  const trailingSlash = id.endsWith('/') || id === '.' || id === '..';
  const found = (!trailingSlash && tryExtensions(base)) || (natives.kind(base) === 'directory' &&
    tryFolder(base, parent.filename));
  if (!found) throw notFound(id, parent);
  return found;
}

function nodeModulePaths(folder) {
  const paths = [];
  for (let at = folder; ; at = path.dirname(at)) {
    if (!at.endsWith('/node_modules')) paths.push((at === '/' ? '' : at) + '/node_modules');
    if (at === '/') return paths;
  }
}

function Module(filename, parent) {
  this.id = filename;
  this.path = path.dirname(filename);
  this.exports = {};
  this.filename = filename;
  this.loaded = false;
  this.children = [];
  this.paths = nodeModulePaths(this.path);
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}
Module.prototype.require = function require(id) {
  return this._require(id);
};

// The main module's record, so that a child requiring the main file gets its exports.
function registerMain(module) {
  cache[module.filename] = module;
}

function load(id, parent) {
  const filename = resolveFilename(id, parent);
  const cached = cache[filename];
  if (cached) {
    if (parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  const require = makeRequire(module);
  Object.defineProperty(module, '_require', { value: require, configurable: true });
  cache[filename] = module;
  let threw = true;
  try {
    const source = natives.readSource(filename);
    if (filename.endsWith('.json')) {
      try {
        module.exports = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
      } catch (error) {
        error.message = filename + ': ' + error.message;
        throw error;
      }
    } else if (filename.endsWith('.node')) {
      throw codedError(Error, 'ERR_LOOPLAB_UNSUPPORTED',
        "Looplab cannot load the native addon '" + filename + "': it runs JavaScript only");
    } else {
      const compiled = natives.compile(filename, source);
      compiled.call(module.exports, module.exports, require, module, filename, module.path);
    }
    threw = false;
  } finally {
    if (threw) delete cache[filename];
  }
  module.loaded = true;
  return module.exports;
}

module.exports = {
  cache,
  load,
  registerMain,
  resolveFilename,
  Module,
  nodeModulePaths,
  setMakeRequire(fn) {
    makeRequire = fn;
  },
};
