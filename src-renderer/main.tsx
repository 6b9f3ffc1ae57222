import './app/app.css';
import { z } from 'zod';
import { start } from './app/start';

// The CSP forbids eval; zod would otherwise probe `new Function` once and log a violation.
z.config({ jitless: true });

const container = document.getElementById('root');
if (container) void start(container);
