// ReferenceErrors: undeclared variables, TDZ, invalid assignment targets caught at runtime.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message, e instanceof ReferenceError);
  }
}
show(() => undeclaredVariable);
show(() => undeclaredFunction());
show(() => undeclaredObject.prop);
show(() => { 'use strict'; assignedWithoutDeclaration = 5; });
show(() => { letLater; let letLater = 1; });
show(() => { constLater; const constLater = 1; });
show(() => { new ClassLater(); class ClassLater {} });
show(() => { typeof tdzVar; let tdzVar; });
show(() => { const fn = () => insideArrow; fn(); });
show(() => { return notHereEither; });
console.log(typeof undeclaredVariable, typeof undeclaredObject);
