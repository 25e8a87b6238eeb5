import { mount } from 'svelte';
import PanelApp from '../../src/ui/panel/PanelApp.svelte';
import '../../src/ui/styles/app.css';

mount(PanelApp, { target: document.getElementById('app')! });
