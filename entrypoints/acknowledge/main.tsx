import { render } from 'preact';
import '../../components/base.css';
import '../../components/pages.css';
import { AcknowledgeApp } from './AcknowledgeApp';

render(<AcknowledgeApp />, document.getElementById('app')!);
