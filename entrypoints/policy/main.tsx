import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import './policy.css';
import { PolicyApp } from './PolicyApp';

render(<PolicyApp />, document.getElementById('app')!);
