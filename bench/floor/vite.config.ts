import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The floor app is built exactly like the real one (same plugin, base and
// target), so the two bundles differ only by the app's own code.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  logLevel: 'silent',
});
