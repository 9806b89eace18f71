// Only the first resolve or reject counts.
new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
}).then((v) => console.log('resolved', v), (e) => console.log('rejected', e.message));
new Promise((resolve, reject) => {
  reject(new Error('first'));
  resolve('ignored');
}).catch((e) => console.log('caught', e.message));
