// zod decides when a schema is built whether to compile its parser with
// new Function, and probes for eval to find out. Under the dashboard's CSP
// (no 'unsafe-eval') the probe fails safely but is still reported as a
// violation. Turning it off must happen before any schema exists, so the
// page's entry imports this first (a later chunk's import order is not
// enough: the bundler may place the schemas ahead of it). The interpreted
// parser is plenty fast for one survey.
import { config } from 'zod';

config({ jitless: true });
