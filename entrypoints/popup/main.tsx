import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import './style.css';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
