/**
 * Two libraries the checker loads on its first check rather than when a page
 * loads it. CommonJS on purpose: a bundle evaluates ES modules as soon as it
 * loads but a CommonJS module only when it is first required, and these two
 * spend ~12 ms setting up at load (compromise builds its tokenizer's model,
 * obscenity parses its English word patterns) — the difference between the
 * checker's load being a long task on the sites' pages or not. Both resolve
 * to the packages' own CommonJS builds.
 */
exports.compromiseOne = () => require('compromise/one');
exports.obscenity = () => require('obscenity');
