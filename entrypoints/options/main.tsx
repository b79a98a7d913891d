import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
