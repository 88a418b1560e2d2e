import { startPanelApp } from '../../lib/store-site/panel-app';
import './style.css';

startPanelApp(document);
