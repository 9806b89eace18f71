'use strict';
// require('dns/promises'): the promise forms of lib/dns.js.
module.exports = require('dns').promises;
