'use strict';
label: for (const k in obj) {
  switch (typeof obj[k]) {
    case 'number': continue label;
    default: break label;
  }
}
try { JSON.parse('{'); } catch ({ message }) { console.log(message); } finally { done?.(); }
var x = a ? b : c ? d : e, y = (1, 2), z = !!x && y || (-z) ** 2;
do x++; while (x < 10)
if (a) b(); else if (c) { d() } else e
while (false) { debugger; }
throw new Error('x');
