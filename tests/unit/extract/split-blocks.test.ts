import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/extract/split-blocks';

const blocksOf = (html: string) =>
  splitBlocks(new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!);

describe('splitBlocks', () => {
  it('reads a paragraph of inline markup as one block, whitespace normalised', () => {
    expect(blocksOf('<p>  The <a href="#">Prime\n Minister</a> <em>said</em>&nbsp;on   <b>Monday</b>. </p>')).toEqual([
      { kind: 'paragraph', text: 'The Prime Minister said on Monday.' },
    ]);
  });

  it('drops the soft hyphens a site puts inside words, in plain and in marked-up paragraphs', () => {
    expect(
      blocksOf(
        '<p>Vladi&shy;mir Pu&shy;tin met</p><p>the <a href="#">Pri&shy;me Minister</a> in Mos\u00adcow.</p>' +
          '<p>From Lah&shy;ore<br>to Kara&shy;chi</p>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Vladimir Putin met' },
      { kind: 'paragraph', text: 'the Prime Minister in Moscow.' },
      { kind: 'paragraph', text: 'From Lahore\nto Karachi' },
    ]);
  });

  it('gives each block element its own block, in reading order, with the kind of its nearest meaningful ancestor', () => {
    expect(
      blocksOf(
        '<h2>Heading</h2><p>First.</p><blockquote><p>Quoted.</p></blockquote><ul><li>One</li><li><span>Two</span></li></ul>' +
          '<figure><img alt=""><figcaption>A caption</figcaption></figure>',
      ),
    ).toEqual([
      { kind: 'heading', text: 'Heading' },
      { kind: 'paragraph', text: 'First.' },
      { kind: 'quote', text: 'Quoted.' },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'Two' },
      { kind: 'caption', text: 'A caption' },
    ]);
  });

  it('keeps text that sits between block elements', () => {
    expect(blocksOf('<div>Loose text <i>here</i><p>Inside</p>and after</div>')).toEqual([
      { kind: 'paragraph', text: 'Loose text here' },
      { kind: 'paragraph', text: 'Inside' },
      { kind: 'paragraph', text: 'and after' },
    ]);
  });

  it('keeps one line break as a line, and splits paragraphs at two', () => {
    expect(blocksOf('<p>Line one<br>line two<br><br>Next paragraph</p>')).toEqual([
      { kind: 'paragraph', text: 'Line one\nline two' },
      { kind: 'paragraph', text: 'Next paragraph' },
    ]);
  });

  it('leaves out scripts, styles and controls even inside a paragraph', () => {
    expect(
      blocksOf('<p>Text<script>var x = 1;</script><style>p{}</style> <button>Share</button>continues</p>'),
    ).toEqual([{ kind: 'paragraph', text: 'Text continues' }]);
  });

  it('keeps the lines of preformatted text', () => {
    expect(blocksOf('<pre>a  = 1\n  b = 2</pre>')).toEqual([{ kind: 'paragraph', text: 'a = 1\nb = 2' }]);
  });

  it('drops blocks with no text', () => {
    expect(blocksOf('<p> </p><p><img alt="x"></p><p>Text</p>')).toEqual([{ kind: 'paragraph', text: 'Text' }]);
  });
});
