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

/** A table row: keyword lists are `|`-separated to keep the table one line per locale. */
const row = (locale: string, lang: string, phrase: string, subjects: string, states: string): NoticeKeywords => ({
  locale,
  lang,
  phrase,
  subjects: subjects.split('|'),
  states: states.split('|'),
});

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
  row('ar', 'ar', 'التعليقات مغلقة.', 'تعليق', 'مغلق|مقفل|معطل|متوقف|اغلاق'),
  row('bn_BD', 'bn', 'মন্তব্য বন্ধ আছে।', 'মন্তব্য', 'বন্ধ'),
  row('cs_CZ', 'cs', 'Komentáře nejsou povoleny.', 'komentar|komentovani', 'nejsou povolen|uzavren|vypnut|zakazan'),
  row('da_DK', 'da', 'Der er lukket for kommentarer.', 'kommentar', 'lukket|deaktiveret'),
  // "Kommentieren ist nicht mehr möglich" is a German theme's `no-comments` notice (public theme code).
  row(
    'de_DE',
    'de',
    'Kommentare sind geschlossen.',
    'kommentar|kommentier',
    'geschlossen|deaktiviert|abgeschaltet|ausgeschaltet|gesperrt|nicht moglich|nicht mehr moglich',
  ),
  row('el', 'el', 'Τα σχόλια είναι απενεργοποιημένα.', 'σχολι', 'απενεργοποιημεν|κλειστ'),
  row('es_ES', 'es', 'Los comentarios están cerrados.', 'comentario', 'cerrad|desactivad|deshabilitad'),
  row('fa_IR', 'fa', 'دیدگاه‌ها بسته شده‌اند.', 'دیدگاه|نظرات|کامنت', ' بسته|غیرفعال|غیر فعال'),
  row('fi', 'fi', 'Kommentit on suljettu.', 'komment', 'suljettu|pois kaytosta'),
  row('fr_FR', 'fr', 'Les commentaires sont fermés.', 'comment', 'ferme|desactive'),
  row('he_IL', 'he', 'סגור לתגובות.', 'תגוב', 'סגור|נעול'),
  row('hi_IN', 'hi', 'टिप्पणियाँ बंद कर दी गयी है.', 'टिप्पणि', ' बंद| बन्द'),
  row('id_ID', 'id', 'Komentar ditutup.', 'komentar', 'ditutup|dinonaktifkan'),
  row('it_IT', 'it', 'I commenti sono chiusi.', 'comment', 'chius|disabilitat|disattivat'),
  row(
    'ja',
    'ja',
    'コメントは受け付けていません。',
    'コメント',
    '受け付けていません|受付けていません|受け付けておりません|受付終了|締め切|閉鎖',
  ),
  row('ko_KR', 'ko', '댓글이 닫혀있습니다.', '댓글|덧글', '닫혀|닫힘|닫혔|비활성'),
  row('mr', 'mr', 'टिप्पण्या बंद आहेत.', 'टिप्पण', ' बंद'),
  row('ms_MY', 'ms', 'Komen telah ditutup.', 'komen', 'ditutup|dimatikan'),
  row('nb_NO', 'nb', 'Kommentarer er stengt.', 'kommentar', 'stengt|deaktivert'),
  row('nl_NL', 'nl', 'Reacties zijn gesloten.', 'reactie', 'gesloten|uitgeschakeld'),
  row('pl_PL', 'pl', 'Możliwość komentowania została wyłączona.', 'komentow|komentarz', 'wylaczon|zamkniet'),
  row('ps', 'ps', 'څرگندونې تړلي دي.', 'څرگندون|تبصر', ' تړل'),
  row('pt_BR', 'pt', 'Os comentários estão desativados.', 'comentario', 'desativad|fechad|encerrad|desabilitad'),
  row('pt_PT', 'pt-PT', 'Os comentários estão fechados.', 'comentario', 'fechad'),
  row('ru_RU', 'ru', 'Обсуждение закрыто.', 'обсужден|комментар', 'закрыт|отключен|запрещен'),
  row('sv_SE', 'sv', 'Kommentarer inaktiverade.', 'kommentar', 'inaktiverad|stangd|avstangd'),
  // ปิด (closed) is inside เปิด (open): only forms that cannot be read inside an "open" phrase.
  row('th', 'th', 'การแสดงความเห็นถูกปิด', 'ความเห็น|ความคิดเห็น', 'ถูกปิด|ไม่เปิด'),
  row('tl', 'tl', 'Sarado na ang mga puna.', 'puna|komento', 'sarado|nakasara'),
  row('tr_TR', 'tr', 'Yorumlar kapatıldı.', 'yorum', 'kapatild|kapali|devre disi'),
  row('uk', 'uk', 'Коментарі закрито.', 'коментар|обговорен', 'закрит|вимкнен'),
  // بند must start a word: پابندی (ban) and بندوق (gun) hold it too.
  row('ur', 'ur', 'تبصرے بند ہیں۔', 'تبصر|کمنٹ', ' بند'),
  row('uz_UZ', 'uz', 'Fikr bildirish yopilgan.', 'fikr|izoh', "yopilgan|yopiq|o'chirilgan"),
  row('vi', 'vi', 'Bình luận đã bị đóng.', 'binh luan', 'bi dong|da dong|da tat|bi tat|bi khoa'),
  row('zh_CN', 'zh-CN', '评论已关闭。', '评论|留言', '关闭|已关'),
  row('zh_TW', 'zh-TW', '迴響已關閉。', '迴響|評論|留言|回應', '關閉|已關'),
];
