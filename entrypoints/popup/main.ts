import { mount } from 'svelte';
import PopupApp from '../../src/ui/PopupApp.svelte';
import '../../src/ui/styles/app.css';

mount(PopupApp, { target: document.getElementById('app')!, props: { surface: 'popup' } });
