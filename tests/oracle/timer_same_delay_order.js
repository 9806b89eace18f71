// Timers with the same delay run in the order they were created.
for (const name of ['a', 'b', 'c', 'd', 'e']) setTimeout(() => console.log('timer', name), 20);
