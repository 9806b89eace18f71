// refresh() returns the timer, and so do ref() and unref().
const t = setTimeout(() => console.log('fired'), 10);
console.log(t.refresh() === t, t.unref() === t, t.ref() === t);
