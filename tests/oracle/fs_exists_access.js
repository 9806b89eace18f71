// fs.exists passes a single boolean (no error argument); fs.access passes an error or null;
// existsSync never throws.
const fs = require('fs');

fs.exists(__filename, (...args) => {
  console.log('exists(__filename):', args);
  fs.exists('/looplab-oracle-missing', (...args) => {
    console.log('exists(missing):', args);
    fs.access(__filename, fs.constants.R_OK, (err) => {
      console.log('access R_OK:', err);
      fs.access('/looplab-oracle-missing', (err) => {
        console.log('access missing:', err.code, err.message);
      });
    });
  });
});
console.log('existsSync:', fs.existsSync(__filename), fs.existsSync('/looplab-oracle-missing'), fs.existsSync());
console.log('constants:', fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK);
