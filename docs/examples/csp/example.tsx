// The example app of docs/examples/csp: a genogram and its key drawn by React on a page whose Content
// Security Policy allows no inline script or style. Styles come from @kinmap/react/styles.css (index.html)
// or, where the page gives a nonce (nonce.html), from <KinmapStyles nonce={…} />.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseFamily } from '@kinmap/model';
import { InteractiveGenogram, KinmapStyles, Legend } from '@kinmap/react';
import familyJson from './family.json';

const result = parseFamily(familyJson);
// The page's nonce for this response, written into a <meta> by the server (nonce.html only).
const nonce = document.querySelector<HTMLMetaElement>('meta[name="kinmap-style-nonce"]')?.content;
const container = document.getElementById('chart');
if (!container) throw new Error('The page has no #chart element');

createRoot(container).render(
  <StrictMode>
    {nonce ? <KinmapStyles nonce={nonce} /> : null}
    {result.ok ? (
      <>
        <InteractiveGenogram family={result.family} asAt="2024-06-01" height={640} />
        <Legend family={result.family} layoutOptions={{ asAt: '2024-06-01' }} />
      </>
    ) : (
      <ul>
        {result.issues.map((issue) => (
          <li key={issue.path}>{`${issue.path}: ${issue.message}`}</li>
        ))}
      </ul>
    )}
  </StrictMode>,
);
