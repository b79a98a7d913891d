import { render } from 'preact';
import '../../components/base.css';
import './popup.css';
import { setLanguage, STRINGS } from '../../components/strings';
import { loadLanguage } from '../../utils/language';
import { App } from './App';

// Every string follows the language chosen in settings (or the browser's): switched before the first render.
void loadLanguage().then(({ language, browserLocale }) => {
  setLanguage(language, browserLocale);
  document.documentElement.lang = language;
  document.title = STRINGS.pageTitle.popup;
  render(<App />, document.getElementById('app')!);
});
