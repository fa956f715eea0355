// Writes test/notes-by-path.md, the table of which note shows on which kind of path: `npm run notes-table`.
import { writeFileSync } from 'node:fs';
import { notesTable, notesTableFile } from '../test/support/notes-table.ts';

writeFileSync(notesTableFile, notesTable());
console.log(`wrote ${notesTableFile}`);
