// Starts the content editor (editor/index.html): ?content= opens that served set read-only (the
// kiosk's own rules for the parameter), ?opfs=1 opens the browser's private file system (tests).
import './editor.css';
import { mount } from 'svelte';
import Editor from './Editor.svelte';
import { EditorSession } from './session.svelte.ts';
import { parseKioskParams } from '../kiosk/params.ts';

const app = new URL(import.meta.env.BASE_URL, location.href);
const query = new URLSearchParams(location.search);
const params = parseKioskParams(location.search, app);
const servedBase = `${app.pathname}${params.contentBase || 'content/'}`;
const session = new EditorSession();
// ?now= (the kiosk's own parameter) fixes the editor's "today" too: for previews of a date, and tests.
if (params.now) session.fixedNowMs = params.now.getTime();
mount(Editor, { target: document.getElementById('app')!, props: { session, servedBase, sheetUrl: `${app.pathname}sheet/?host=editor` } });

if (query.get('opfs') === '1') void navigator.storage.getDirectory().then((root) => session.openFolder(root, true));
else void session.openServed(servedBase);

// For tests and monitoring: the session (read-only use).
(window as Window & { __editor?: EditorSession }).__editor = session;
