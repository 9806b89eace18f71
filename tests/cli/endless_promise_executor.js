new Promise(() => { for (;;) {} });
console.log("after");
