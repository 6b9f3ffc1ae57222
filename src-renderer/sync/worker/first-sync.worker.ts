// The first sync off the page's thread (download.ts starts it): the snapshot's JSON parsing, schema
// checks and IndexedDB writes happen here, so the worklist on screen stays responsive. It opens
// the page's cache database with the same schema and worklist middleware (openCacheDb).
import { openCacheDb } from '../../db';
import type { MessageEndpoint } from './protocol';
import { serveFirstSync } from './serve';

// A dedicated worker's global scope has postMessage and onmessage, which is all the protocol uses.
const scope: MessageEndpoint = self;
serveFirstSync(scope, { openCache: openCacheDb });
