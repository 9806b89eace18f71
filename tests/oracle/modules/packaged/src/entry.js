exports.where = require('path').relative(__dirname + '/../..', __filename);
exports.parentIsEntry = module.parent === require.main;
