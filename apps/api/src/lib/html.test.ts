import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('leaves other text, accents and typographic quotes alone', () => {
    expect(escapeHtml('Grüße „Mandant“ « locataire » ✓')).toBe('Grüße „Mandant“ « locataire » ✓');
  });
});
