import type { ReactNode } from 'react';
import type { StillSignedIn } from '../flow/screen-model';
import { RichText } from './rich-text';

/** One known reason a person is still signed in, and what to do about it; `children` adds ways on. */
export function StillSignedInReason({ note, headingLevel, children }: { note: StillSignedIn; headingLevel: 2 | 3; children?: ReactNode }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="advice">
      <Heading>
        <RichText text={note.stillSignedIn.symptom} />
      </Heading>
      <p>
        <RichText text={note.stillSignedIn.fix} />
      </p>
      {children}
    </div>
  );
}
