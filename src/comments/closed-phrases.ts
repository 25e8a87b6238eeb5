/**
 * How pages say "comments are closed", by locale. `phrase` is the WordPress core translation from
 * ../shared/data/comments-closed-phrases.tsv (locale codes kept as there). Translations drift between releases, so a
 * notice matches on keywords: one `subjects` word (comments) and one `states` word (closed/disabled/off), or one of
 * the whole `phrases`. Keywords are written plainly and normalised at load; a leading space means "starts a word".
 */
export interface NoticeKeywords {
  locale: string;
  /** BCP 47 tag reported as the evidence's `lang`. */
  lang: string;
  phrase?: string;
  subjects: string[];
  states: string[];
  phrases?: string[];
  /** Words that make the text about something else ("logged in to report a comment"). */
  unless?: string[];
}

export const CLOSED_PHRASES: NoticeKeywords[] = [
  {
    locale: 'en_GB',
    lang: 'en',
    phrase: 'Comments are closed.',
    subjects: ['comment', 'discussion'],
    states: ['closed', 'disabled', 'turned off', 'switched off', 'not allowed', 'no longer accepted', 'locked'],
    // "Comments Off" is what WordPress archive/meta links print; Commento/Comentario print "This thread is locked".
    phrases: ['comments off', 'thread is locked', 'thread has been locked', 'thread is closed'],
  },
  {
    locale: 'ar',
    lang: 'ar',
    phrase: 'التعليقات مغلقة.',
    subjects: ['تعليق'],
    states: ['مغلق', 'مقفل', 'معطل', 'متوقف', 'اغلاق'],
  },
  { locale: 'bn_BD', lang: 'bn', phrase: 'মন্তব্য বন্ধ আছে।', subjects: ['মন্তব্য'], states: ['বন্ধ'] },
  {
    locale: 'cs_CZ',
    lang: 'cs',
    phrase: 'Komentáře nejsou povoleny.',
    subjects: ['komentar', 'komentovani'],
    states: ['nejsou povolen', 'uzavren', 'vypnut', 'zakazan'],
  },
  {
    locale: 'da_DK',
    lang: 'da',
    phrase: 'Der er lukket for kommentarer.',
    subjects: ['kommentar'],
    states: ['lukket', 'deaktiveret'],
  },
  {
    locale: 'de_DE',
    lang: 'de',
    phrase: 'Kommentare sind geschlossen.',
    subjects: ['kommentar'],
    states: ['geschlossen', 'deaktiviert', 'abgeschaltet', 'ausgeschaltet', 'gesperrt', 'nicht moglich'],
  },
  {
    locale: 'el',
    lang: 'el',
    phrase: 'Τα σχόλια είναι απενεργοποιημένα.',
    subjects: ['σχολι'],
    states: ['απενεργοποιημεν', 'κλειστ'],
  },
  {
    locale: 'es_ES',
    lang: 'es',
    phrase: 'Los comentarios están cerrados.',
    subjects: ['comentario'],
    states: ['cerrad', 'desactivad', 'deshabilitad'],
  },
  {
    locale: 'fa_IR',
    lang: 'fa',
    phrase: 'دیدگاه‌ها بسته شده‌اند.',
    subjects: ['دیدگاه', 'نظرات', 'کامنت'],
    states: [' بسته', 'غیرفعال', 'غیر فعال'],
  },
  {
    locale: 'fi',
    lang: 'fi',
    phrase: 'Kommentit on suljettu.',
    subjects: ['komment'],
    states: ['suljettu', 'pois kaytosta'],
  },
  {
    locale: 'fr_FR',
    lang: 'fr',
    phrase: 'Les commentaires sont fermés.',
    subjects: ['comment'],
    states: ['ferme', 'desactive'],
  },
  { locale: 'he_IL', lang: 'he', phrase: 'סגור לתגובות.', subjects: ['תגוב'], states: ['סגור', 'נעול'] },
  { locale: 'hi_IN', lang: 'hi', phrase: 'टिप्पणियाँ बंद कर दी गयी है.', subjects: ['टिप्पणि'], states: [' बंद', ' बन्द'] },
  {
    locale: 'id_ID',
    lang: 'id',
    phrase: 'Komentar ditutup.',
    subjects: ['komentar'],
    states: ['ditutup', 'dinonaktifkan'],
  },
  {
    locale: 'it_IT',
    lang: 'it',
    phrase: 'I commenti sono chiusi.',
    subjects: ['comment'],
    states: ['chius', 'disabilitat', 'disattivat'],
  },
  {
    locale: 'ja',
    lang: 'ja',
    phrase: 'コメントは受け付けていません。',
    subjects: ['コメント'],
    states: ['受け付けていません', '受付けていません', '受け付けておりません', '受付終了', '締め切', '閉鎖'],
  },
  {
    locale: 'ko_KR',
    lang: 'ko',
    phrase: '댓글이 닫혀있습니다.',
    subjects: ['댓글', '덧글'],
    states: ['닫혀', '닫힘', '닫혔', '비활성'],
  },
  { locale: 'mr', lang: 'mr', phrase: 'टिप्पण्या बंद आहेत.', subjects: ['टिप्पण'], states: [' बंद'] },
  {
    locale: 'ms_MY',
    lang: 'ms',
    phrase: 'Komen telah ditutup.',
    subjects: ['komen'],
    states: ['ditutup', 'dimatikan'],
  },
  {
    locale: 'nb_NO',
    lang: 'nb',
    phrase: 'Kommentarer er stengt.',
    subjects: ['kommentar'],
    states: ['stengt', 'deaktivert'],
  },
  {
    locale: 'nl_NL',
    lang: 'nl',
    phrase: 'Reacties zijn gesloten.',
    subjects: ['reactie'],
    states: ['gesloten', 'uitgeschakeld'],
  },
  {
    locale: 'pl_PL',
    lang: 'pl',
    phrase: 'Możliwość komentowania została wyłączona.',
    subjects: ['komentow', 'komentarz'],
    states: ['wylaczon', 'zamkniet'],
  },
  { locale: 'ps', lang: 'ps', phrase: 'څرگندونې تړلي دي.', subjects: ['څرگندون', 'تبصر'], states: [' تړل'] },
  {
    locale: 'pt_BR',
    lang: 'pt',
    phrase: 'Os comentários estão desativados.',
    subjects: ['comentario'],
    states: ['desativad', 'fechad', 'encerrad', 'desabilitad'],
  },
  {
    locale: 'pt_PT',
    lang: 'pt-PT',
    phrase: 'Os comentários estão fechados.',
    subjects: ['comentario'],
    states: ['fechad'],
  },
  {
    locale: 'ru_RU',
    lang: 'ru',
    phrase: 'Обсуждение закрыто.',
    subjects: ['обсужден', 'комментар'],
    states: ['закрыт', 'отключен', 'запрещен'],
  },
  {
    locale: 'sv_SE',
    lang: 'sv',
    phrase: 'Kommentarer inaktiverade.',
    subjects: ['kommentar'],
    states: ['inaktiverad', 'stangd', 'avstangd'],
  },
  // ปิด (closed) is inside เปิด (open): only forms that cannot be read inside an "open" phrase.
  {
    locale: 'th',
    lang: 'th',
    phrase: 'การแสดงความเห็นถูกปิด',
    subjects: ['ความเห็น', 'ความคิดเห็น'],
    states: ['ถูกปิด', 'ไม่เปิด'],
  },
  {
    locale: 'tl',
    lang: 'tl',
    phrase: 'Sarado na ang mga puna.',
    subjects: ['puna', 'komento'],
    states: ['sarado', 'nakasara'],
  },
  {
    locale: 'tr_TR',
    lang: 'tr',
    phrase: 'Yorumlar kapatıldı.',
    subjects: ['yorum'],
    states: ['kapatild', 'kapali', 'devre disi'],
  },
  {
    locale: 'uk',
    lang: 'uk',
    phrase: 'Коментарі закрито.',
    subjects: ['коментар', 'обговорен'],
    states: ['закрит', 'вимкнен'],
  },
  // بند must start a word: پابندی (ban) and بندوق (gun) hold it too.
  { locale: 'ur', lang: 'ur', phrase: 'تبصرے بند ہیں۔', subjects: ['تبصر', 'کمنٹ'], states: [' بند'] },
  {
    locale: 'uz_UZ',
    lang: 'uz',
    phrase: 'Fikr bildirish yopilgan.',
    subjects: ['fikr', 'izoh'],
    states: ['yopilgan', 'yopiq', "o'chirilgan"],
  },
  {
    locale: 'vi',
    lang: 'vi',
    phrase: 'Bình luận đã bị đóng.',
    subjects: ['binh luan'],
    states: ['bi dong', 'da dong', 'da tat', 'bi tat', 'bi khoa'],
  },
  { locale: 'zh_CN', lang: 'zh-CN', phrase: '评论已关闭。', subjects: ['评论', '留言'], states: ['关闭', '已关'] },
  {
    locale: 'zh_TW',
    lang: 'zh-TW',
    phrase: '迴響已關閉。',
    subjects: ['迴響', '評論', '留言', '回應'],
    states: ['關閉', '已關'],
  },
];
