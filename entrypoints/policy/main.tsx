import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import './policy.css';
import { setLanguage, STRINGS } from '../../components/strings';
import { loadLanguage } from '../../utils/language';
import { PolicyApp } from './PolicyApp';

// Every string follows the language chosen in settings (or the browser's): switched before the first render.
void loadLanguage().then(({ language, browserLocale }) => {
  setLanguage(language, browserLocale);
  document.documentElement.lang = language;
  document.title = STRINGS.pageTitle.policy;
  render(<PolicyApp />, document.getElementById('app')!);
});
