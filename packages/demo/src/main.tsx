import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import '@kinmap/react/font.css';
import './styles/app.css';
import './styles/print.css';
// The charts' stylesheet last, as the <style> the editor used to render came after the app's CSS.
import '@kinmap/react/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Keep the app's own files so it opens offline. Only the built site registers it (not the dev server).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  void navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a convenience: the app works without it.
  });
}
