import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import { setLanguage, STRINGS } from '../../components/strings';
import { loadLanguage } from '../../utils/language';
import { AcknowledgeApp } from './AcknowledgeApp';

// Every string follows the language chosen in settings (or the browser's): switched before the first render.
void loadLanguage().then(({ language, browserLocale }) => {
  setLanguage(language, browserLocale);
  document.documentElement.lang = language;
  document.title = STRINGS.pageTitle.acknowledge;
  render(<AcknowledgeApp />, document.getElementById('app')!);
});
