// Three equal pool jobs: real node prints their callbacks in varying orders.
const crypto = require('crypto');
crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha512', () => console.log('a'));
crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha512', () => console.log('b'));
crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha512', () => console.log('c'));
