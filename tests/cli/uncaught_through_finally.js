try {
  throw new Error('from try');
} finally {
  console.log('finally ran');
}
