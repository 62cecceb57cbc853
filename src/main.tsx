import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import raw from '../data/jharkhand-japan.graph.json?raw';
import { loadGraphText } from './graph/load';

const result = loadGraphText(raw);
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>{result.ok ? result.graph.meta.title.en : 'Stakeholder Graph Explorer'}</h1>
        <p>
          {result.ok
            ? `${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges`
            : ''}
        </p>
      </main>
    </StrictMode>,
  );
