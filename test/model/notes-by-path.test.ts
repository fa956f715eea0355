import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesTable, notesTableFile } from '../support/notes-table';

describe('the table of which notes show on which paths', () => {
  it('is up to date with the content', () => {
    expect(readFileSync(notesTableFile, 'utf8'), `Run \`npm run notes-table\` and read the diff of ${notesTableFile}`).toBe(notesTable());
  });
});
