// refresh() restarts a timer's delay from now.
const start = Date.now();
const t = setTimeout(() => console.log('refreshed timer', Date.now() - start >= 170), 120);
setTimeout(() => {
  console.log('refresh at 60');
  t.refresh();
}, 60);
setTimeout(() => console.log('timer at 130'), 130);
