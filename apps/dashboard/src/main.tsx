// Entry of the dashboard page (/app).
// First, before any schema is built: no eval (see zod-without-eval.ts).
import './zod-without-eval';
import { render } from 'preact';
import { App } from './app';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
