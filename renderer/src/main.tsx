import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles.css';
import { connectClientToSession } from './app/connect-client';
import { DeskApp } from './app/DeskApp';
import { CitizenApp, isCitizenRoute } from './features/citizen';

// `#/citizen`: the citizen display, signed in with its display token alone (never the officer's session).
const citizen = isCitizenRoute(window.location.hash);
if (!citizen) connectClientToSession();

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html.');
createRoot(root).render(
  <StrictMode>
    {citizen ? <CitizenApp /> : <DeskApp />}
  </StrictMode>,
);
