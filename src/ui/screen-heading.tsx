import { useEffect, useRef } from 'react';
import { pageWords } from '../content/screens';
import type { ScreenWords } from '../flow/page-title';
import { useFormError } from './form-error';
import { useTakeFocusWhenRequested } from './heading-focus';

/**
 * The screen's one <h1>, and the only writer of the page's title ("Error: " first while its form
 * shows an error). It takes focus when it arrives after a screen change (tabIndex -1 lets script
 * focus it without adding a tab stop). A caption such as "Step 2 of 4" is part of the heading, so
 * it is read out when focus arrives.
 */
export function ScreenHeading({ words }: { words: Pick<ScreenWords, 'heading' | 'caption' | 'title'> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { shown: formShowsError } = useFormError();
  useEffect(() => {
    document.title = formShowsError ? `${pageWords.errorTitlePrefix}${words.title}` : words.title;
  }, [words.title, formShowsError]);
  useTakeFocusWhenRequested(heading);
  return (
    <h1 className="screen-heading" tabIndex={-1} ref={heading}>
      {words.caption && (
        <span className="caption">
          {words.caption}
          <span className="visually-hidden">: </span>
        </span>
      )}
      {words.heading}
    </h1>
  );
}
