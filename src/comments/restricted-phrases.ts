import type { NoticeKeywords } from './closed-phrases';

/**
 * How pages say that only some readers may comment (subscribers, members, signed-in users). `states` here are the
 * audience words; the matched word, as the page wrote it, becomes `audience`. WordPress's own "You must be logged in to
 * post a comment." is the most common case. Entries come from WordPress core translations of that sentence and of
 * "Log in to Reply", and from the English phrases listed in the comments notes.
 */
export const RESTRICTED_PHRASES: NoticeKeywords[] = [
  {
    locale: 'en',
    lang: 'en',
    subjects: ['comment'],
    states: [
      'subscriber',
      'member',
      'logged in',
      'log in',
      'login',
      'signed in',
      'sign in',
      'registered',
      'premium',
      'paying',
    ],
    // "to like", not "like": "If you would like to add a comment, please log in" is a requirement.
    unless: ['report', 'flag', 'vote', 'to like', 'recommend', 'share', 'edit', 'delete'],
  },
  {
    locale: 'de_DE',
    lang: 'de',
    subjects: ['kommentar', 'kommentieren'],
    states: ['abonnent', 'angemeldet', 'anmelden', 'eingeloggt', 'einloggen', 'registriert', 'mitglied'],
  },
  {
    locale: 'fr_FR',
    lang: 'fr',
    subjects: ['comment'],
    states: ['abonne', 'connecte', 'identifie', 'membre', 'inscrit'],
  },
  {
    locale: 'es_ES',
    lang: 'es',
    subjects: ['comentar'],
    states: ['suscriptor', 'registrad', 'identificad', 'iniciar sesion', 'conectad'],
  },
  // WordPress pt_BR: "Você precisa fazer o login para publicar um comentário."
  {
    locale: 'pt_BR',
    lang: 'pt',
    subjects: ['comentar', 'comentario'],
    states: ['login', 'assinante', 'registrad', 'conectad', 'cadastrad'],
  },
  // WordPress it_IT: "Devi essere connesso per inviare un commento."
  {
    locale: 'it_IT',
    lang: 'it',
    subjects: ['comment'],
    states: ['connesso', 'connessa', 'registrat', 'abbonat', 'iscritt', 'accedi'],
  },
  // WordPress ar: "يجب أنت تكون مسجل الدخول لتضيف تعليقاً."
  {
    locale: 'ar',
    lang: 'ar',
    subjects: ['تعليق', 'التعليق'],
    states: ['مشترک', 'تسجیل الدخول', 'مسجل الدخول', 'الاعضاء', 'للاعضاء'],
  },
  { locale: 'ur', lang: 'ur', subjects: ['تبصر'], states: ['لاگ ان', 'سبسکرائبر', 'رجسٹر', 'اراکین', 'ممبر'] },
  { locale: 'fa_IR', lang: 'fa', subjects: ['دیدگاه', 'نظر'], states: ['وارد شده', 'وارد شوید', 'مشترک', 'اعضا'] },
  {
    locale: 'zh_CN',
    lang: 'zh',
    subjects: ['评论', '評論', '留言', '迴響'],
    states: ['登录', '登入', '登錄', '订阅', '訂閱', '会员', '會員'],
  },
  { locale: 'ja', lang: 'ja', subjects: ['コメント'], states: ['ログイン', '会員', '購読'] },
];
