import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import './studio.css';
import { setLanguage } from '../../components/strings';
import { studioStrings } from '../../components/studio-strings';
import { loadLanguage } from '../../utils/language';
import { StudioApp } from './StudioApp';

// Every string follows the language chosen in settings (or the browser's): switched before the first render.
void loadLanguage().then(({ language, browserLocale }) => {
  setLanguage(language, browserLocale);
  document.documentElement.lang = language;
  document.title = studioStrings().pageTitle;
  render(<StudioApp />, document.getElementById('app')!);
});
