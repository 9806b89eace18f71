// An uncaught Error with extra properties: the first line of the report is still "Error: msg".
const e = new Error('with a code');
e.code = 'E_CODE';
e.errno = 7;
throw e;
