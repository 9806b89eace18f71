// A promise rejected with a falsy reason reaches the callback as ERR_FALSY_VALUE_REJECTION with
// the original reason in .reason; other reasons arrive as they are.
const util = require('util');
for (const reason of [null, 0, '', new Error('real')]) {
  util.callbackify(() => Promise.reject(reason))((err) => {
    console.log(err.message, err.code, err.reason, Object.keys(err));
  });
}
