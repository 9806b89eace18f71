module.exports = function greet(name) {
  return 'hello ' + name + ' from ' + require('path').basename(__dirname);
};
