import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the built app works from any directory a static server puts it in.
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
