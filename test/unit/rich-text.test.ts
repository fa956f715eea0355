import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../src/ui/rich-text';

const markup = (text: string) => renderToStaticMarkup(createElement(RichText, { text }));

describe('an example address in the words', () => {
  it('may break only after a dot or a slash, never at its hyphen or mid-word', () => {
    expect(markup('at an address such as https://d-xxxxxxxxxx.awsapps.com/start or a Regional one.')).toBe(
      'at an address such as <code><span class="address-piece">https://d-xxxxxxxxxx.</span><wbr/><span class="address-piece">awsapps.</span><wbr/><span class="address-piece">com/</span><wbr/><span class="address-piece">start</span></code> or a Regional one.',
    );
  });

  it('reads as the address itself', () => {
    expect(markup('https://d-xxxxxxxxxx.awsapps.com/start').replace(/<[^>]+>/g, '')).toBe('https://d-xxxxxxxxxx.awsapps.com/start');
  });
});
