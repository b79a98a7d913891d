/**
 * compromise with only the steps that find names: its tokenizer and matcher
 * (the "one" build), the pre-tagger with its lexicon, and contractions. The
 * package's "two" build also registers its post-tagger and two more plugins
 * PostCheck never runs — 50 KB more in every page of the sites. compromise
 * does not export single plugins, so these two are imported by path; the
 * version is pinned in package.json, and the unit tests and `npm run eval`
 * fail if a new version moves them.
 */
import nlp from 'compromise/one';
// @ts-expect-error compromise publishes its plugin objects without type declarations.
import preTagger from '../node_modules/compromise/src/2-two/preTagger/plugin.js';
// @ts-expect-error compromise publishes its plugin objects without type declarations.
import contractionTwo from '../node_modules/compromise/src/2-two/contraction-two/plugin.js';

type Plugin = Parameters<typeof nlp.plugin>[0];
for (const plugin of [preTagger, contractionTwo] as Plugin[]) nlp.plugin(plugin);

export default nlp;
