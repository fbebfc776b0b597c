import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles.css';
import { connectClientToSession } from './app/connect-client';
import { DeskApp } from './app/DeskApp';

connectClientToSession();

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html.');
createRoot(root).render(
  <StrictMode>
    <DeskApp />
  </StrictMode>,
);
