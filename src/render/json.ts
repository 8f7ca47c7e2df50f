export { toSafeJson as renderJson } from './safe-text.js';
