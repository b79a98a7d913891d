import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import './practice.css';
import { PracticeApp } from './PracticeApp';

render(<PracticeApp />, document.getElementById('app')!);
