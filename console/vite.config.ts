import { defineConfig } from 'vite';

// The page is served by cairn serve at "/", its files under "/console/".
export default defineConfig({
  base: '/console/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    target: 'es2022',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
