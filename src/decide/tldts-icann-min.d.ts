// The package's minified build (the same code as its main entry, a third smaller in each bundle).
declare module 'tldts-icann/dist/index.cjs.min.js' {
  export { getDomain } from 'tldts-icann';
}
