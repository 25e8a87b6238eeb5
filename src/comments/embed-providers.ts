/** How a third-party comment system shows itself in a page's HTML. */
export interface EmbedProvider {
  /** The system's own name, shown in the notice ("Comments are handled by Disqus"). */
  name: string;
  ids?: string[];
  /** Id prefixes, for systems that append the article's id (`livefyreConversation-…`). */
  idPrefixes?: string[];
  classes?: string[];
  /** Custom elements the system defines. */
  tags?: string[];
  /** The `src` of the frame that holds the thread. */
  frames?: RegExp;
  /** The `src` of scripts that mount a thread (not comment-count scripts, which list pages load too). */
  scripts?: RegExp;
  /** Words of inline loader scripts that build the thread (lazy loaders write the embed's address themselves). */
  inline?: string[];
  /** `data-*` attribute names, and the value when it matters, marking the mount point. */
  data?: [string, string?][];
}

/**
 * Mount points, frames and loaders from each system's published embed snippet or plugin template. Frames from these
 * systems are cross-origin: only their presence can be read, not whether they are open.
 */
export const EMBED_PROVIDERS: EmbedProvider[] = [
  {
    name: 'Disqus',
    ids: ['disqus_thread'],
    idPrefixes: ['disqusContainer'],
    classes: ['disqus-thread', 'disqus-lazy'],
    frames: /disqus\.com\/embed\/comments/,
    scripts: /disqus\.com\/embed\.js/,
    inline: ['.disqus.com/embed.js', 'disqus_config'],
    data: [['data-disqus-container']],
  },
  {
    name: 'Facebook',
    classes: ['fb-comments'],
    tags: ['fb:comments'],
    frames: /facebook\.com\/(?:v[\d.]+\/)?plugins\/comments(?:\.php)?/,
  },
  {
    name: 'Coral',
    ids: ['coral_thread', 'coral_talk_stream', 'coral-talk', 'coral_talk'],
    classes: ['coral-comments', 'coral-talk', 'coral-thread'],
    tags: ['coral-talk'],
    frames: /\/embed\/stream\b/,
    scripts: /coral[^"']*\/assets\/js\/embed\.js|coralproject\.net/,
    inline: ['Coral.createStreamEmbed', 'Coral.Talk.render', '.coralproject.net'],
  },
  {
    name: 'OpenWeb',
    tags: ['ow-conversation'],
    scripts: /launcher\.spot\.im\/spot\/|spot\.im\/launcher\/bundle\.js|openweb\.com\/.*launcher/,
    inline: ['spot.im/launcher/bundle.js', 'launcher.spot.im/spot/'],
    data: [
      ['data-spotim-module', 'conversation'],
      ['data-spotim-module', 'spotim-launcher'],
      ['data-openweb-module', 'conversation'],
    ],
  },
  {
    name: 'Viafoura',
    classes: ['viafoura'],
    tags: ['vf-conversations'],
    scripts: /cdn\.viafoura\.net/,
  },
  {
    name: 'Livefyre',
    ids: ['livefyre', 'livefyre-comments'],
    idPrefixes: ['livefyreConversation'],
    classes: ['livefyre-comments', 'fyre', 'live-fyre'],
    data: [['data-livefyre-collectionmeta']],
  },
  {
    name: 'Hyvor Talk',
    ids: ['hyvor-talk-view'],
    tags: ['hyvor-talk-comments'],
    scripts: /talk\.hyvor\.com\/embed/,
  },
  { name: 'Commento', ids: ['commento'], scripts: /cdn\.commento\.io\/js\/commento\.js/ },
  { name: 'Comentario', ids: ['comentario'], tags: ['comentario-comments'] },
  { name: 'Giscus', classes: ['giscus', 'giscus-frame'], tags: ['giscus-widget'], scripts: /giscus\.app\/client\.js/ },
  { name: 'utterances', classes: ['utterances', 'utterances-frame'], scripts: /utteranc\.es\/client\.js/ },
  { name: 'IntenseDebate', ids: ['idc-container', 'idc-container-parent'] },
  { name: 'Vuukle', ids: ['vuukle-comments'], classes: ['vuukle-comments'] },
  { name: 'Remark42', ids: ['remark42'] },
  { name: 'Cusdis', ids: ['cusdis_thread'] },
  { name: 'Gigya', classes: ['gig-comments-container'], data: [['gigid', 'showCommentsUI']] },
  { name: 'Changyan', ids: ['SOHUCS'] },
  { name: 'GraphComment', ids: ['graphcomment'] },
  { name: 'FastComments', ids: ['fastcomments-widget'], scripts: /cdn\.fastcomments\.com/ },
];
