import { mount } from 'svelte';
import OptionsApp from '../../src/ui/options/OptionsApp.svelte';
import '../../src/ui/styles/options.css';

mount(OptionsApp, { target: document.getElementById('app')! });
