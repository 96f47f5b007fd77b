import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    // In development the API server runs beside Vite; the browser only ever talks to Vite.
    proxy: { '/trpc': apiTarget, '/api': apiTarget, '/healthz': apiTarget, '/readyz': apiTarget },
  },
});
