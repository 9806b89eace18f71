// fs.readFile of the script itself: the callback gets the text (utf8) and a null error, and
// readFileSync reads the same text. The first line printed is this comment.
const fs = require('fs');

const text = fs.readFileSync(__filename, 'utf8');
fs.readFile(__filename, 'utf8', (err, data) => {
  console.log('err:', err);
  console.log(data.split('\n')[0]);
  console.log('same as readFileSync:', data === text);
  console.log('lines:', data.split('\n').length);
  fs.readFile(__filename, { encoding: 'utf8' }, (err, again) => {
    console.log('with an options object:', err, again === text);
  });
});
console.log('main done');
