// The words page chrome is made of, kept as data: interface labels, section headers of
// related-story lists and comment threads, legal lines, photo credits. They name no site; each
// pattern is only tried on short lines, so none of them runs over a long paragraph.

/** Longest line (in characters) the vocabulary patterns are tried on. */
export const VOCAB_MAX = 160;

/** Whole-line interface labels: buttons, toggles, counters. */
export const UI_LABEL = new RegExp(
  "^(?:" +
    [
      "share(?: (?:this|it|on)\\b.*)?", "shares?", "tweet", "pin(?: it)?", "e-?mail", "print", "reply", "cancel reply", "close", "open",
      "menu", "search", "top", "back to top", "text size", "font size", "[+-]?\\s*a\\s*[+-]?", "comments?\\s*\\d*", "\\d+\\s*comments?",
      "views?", "\\d[\\d,.]*\\s*(?:views?|shares?|likes?|reads?)", "like", "follow(?: us)?(?: on .{0,40})?", "subscribe(?: now)?",
      "sign (?:in|up)", "log ?in", "log ?out", "register", "skip to (?:main )?content", "skip navigation", "advertisement",
      "advertising", "sponsored(?: content)?", "ad", "loading\\.*", "more", "read more", "see more", "show more", "load more",
      "continue reading", "next", "previous", "prev", "home", "copy link", "link copied", "save", "listen", "play", "watch",
      "facebook", "twitter", "linkedin", "whatsapp", "telegram", "reddit", "email this", "download", "refresh.*",
      "본문 바로가기", "목록", "인쇄하기", "뒤로가기", "공유", "닫기", "댓글", "이전", "다음",
      "поделиться", "комментарии", "читать далее", "закрыть", "поиск", "меню", "реклама",
      "シェア", "ツイート", "印刷", "閉じる", "メニュー", "検索", "広告",
    ].join("|") +
    ")[\\s:.!…»›>|-]*$",
  "iu",
);

/** Headers of related / popular / latest lists. */
export const RELATED_HEADER = new RegExp(
  "^(?:\\[[^\\]]{1,30}\\]\\s*)?(?:" +
    [
      "(?:latest|top|more|related|recent|popular|trending|recommended|featured|editor'?s'? picks?|most (?:read|popular|viewed|shared|emailed|commented))\\b.{0,40}",
      "you (?:may|might) (?:also )?(?:like|enjoy|be interested in)", "(?:also|must)[ -]reads?", "read (?:also|next|more)\\b.{0,30}",
      "see also", "also on .{1,40}", "more (?:from|on|in|stories|news|articles)\\b.{0,40}", "what to read next", "don'?t miss",
      "(?:popular|latest|top|related) now", "special coverage", "in case you missed it", "around the web", "from (?:the|our) web",
      "promoted (?:stories|links|content)", "sponsored (?:stories|links)", "recommended for you", "up next", "further reading",
      "você (?:pode|também pode) gostar.*", "(?:veja|leia) também.*", "te puede interesar.*", "(?:lee|ver) también.*",
      "vous aimerez (?:aussi|également).*", "à lire aussi.*", "lire aussi.*", "lesen sie auch.*", "das könnte sie (?:auch )?interessieren.*",
      "mehr zum thema.*", "leggi anche.*", "potrebbe interessarti.*", "ti potrebbe interessare.*",
      "관련\\s*기사.*", "많이 본.*", "주요\\s*뉴스.*", "인기.*", "최신.*", "추천.*",
      "читайте также.*", "по теме.*", "похожие.*", "популярное.*", "последние новости.*", "новости по теме.*",
      "関連記事.*", "人気記事.*", "おすすめ.*", "最新記事.*", "あわせて読みたい.*",
    ].join("|") +
    ")[\\s:.!…»›>|-]*$",
  "iu",
);

/** Headers and markers of comment threads. */
export const COMMENTS_HEADER = new RegExp(
  "^(?:" +
    [
      "\\d+\\s+(?:comments?|responses?|replies|thoughts? on .{1,120})", "comments?(?:\\s*\\(\\d+\\))?", "leave a (?:reply|comment)",
      "post a comment", "add (?:a|your) comment", "join the (?:conversation|discussion)", "discussion", "reader comments",
      "what do you think\\??", "your email address will not be published.*", "responses", "show comments", "view comments",
      "комментарии.*", "댓글.*", "コメント.*",
    ].join("|") +
    ")[\\s:.!…»›>|-]*$",
  "iu",
);

/** "yuri says", "Jane Doe on March 3, 2020 at 4:12 pm", "Reply To Ronnie" — lines of a thread. */
export const COMMENT_LINE = /^(?:\d+\.\s*)?[\p{L}\p{N}_ .'-]{1,40}\s+(?:says|said|wrote|replied)\s*:?$|^reply(?: to .{1,40})?$|^(?:log in|sign in) to (?:reply|comment)\b/iu;
// COMMENT_LINE's "<name> says:" form ends in a verb's last letter (s, d, e), a colon or a blank;
// its "Reply …", "Log in …", "Sign in …" forms start with r, l or s. Same flags, so the same folding.
const COMMENT_LINE_LAST = /[sde:\s]/iu;
const COMMENT_LINE_FIRST = /[rls]/iu;
/** A cheap look at the ends of a line before COMMENT_LINE, which backtracks over the first 40 characters. */
export function mayBeCommentLine(text: string): boolean {
  return text.length > 0 && (COMMENT_LINE_LAST.test(text.charAt(text.length - 1)) || COMMENT_LINE_FIRST.test(text.charAt(0)));
}

/** Copyright and legal lines. */
export const COPYRIGHT = /(?:©|ⓒ|\(c\)\s*\d{4}|copyright\b|all rights? reserved|무단\s*전재|無断転載|все права защищены)/iu;
export const LEGAL_LINK = /^(?:terms(?: of (?:use|service))?|terms (?:&|and) conditions|privacy(?: policy| notice)?|cookie(?:s)?(?: policy| settings)?|about us|contact(?: us)?|site ?map|accessibility(?: statement)?|advertise(?: with us)?|careers|imprint|impressum|rss(?: feeds?)?|faq|help)$/iu;

/** Share / follow prompts. */
export const SHARE_PROMPT = /^(?:share (?:this|on|via|it|the)\b.*|join us on .{0,30}|follow us\b.*|connect with us.*|spread the word.*|click to share.*|share:?)$/iu;

/** Newsletter sign-ups and form fields. */
export const FORM_LINE = /^(?:\[[ _]*\]|\(\*?\)|\[[^\]]{0,30}\]\s*\[[ _]{3,}\]).*|\[[ _]{4,}\]|^(?:sign up|subscribe)\b.{0,80}$|^(?:get|receive) (?:our|the) .{0,60}newsletter.*$|^your (?:e-?mail|name)\b.{0,60}$|^(?:enter|type) your .{0,40}$|^(?:submit|send)$/iu;

/** Photo and wire credits as a whole line or a line's tail. */
export const CREDIT_WHOLE = /^[([]?\s*(?:photo|photograph|image|picture|pictures|video|illustration|graphic|source|credit|courtesy)s?\s*(?:by|:|credit:?|copyright|©)\s*.{1,80}?[)\]]?$|^[([]?\s*(?:©|ⓒ)\s*.{1,60}[)\]]?$|^\/?\s*(?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|Yonhap|TASS|Sputnik|Bloomberg)\b.{0,40}$/iu;
export const CREDIT_TAIL = /(?:\s+|(?<=[.!?。)])|(?<=\p{Ll})(?=(?:Credit|Photo|Image|Picture)s?\s*:))((?:[([]\s*)?(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Vv]ideo|[Ii]llustration|[Gg]raphic|[Cc]redit|PHOTO|IMAGE)s?\s*(?:by|BY|:|[Cc]redit:?|©)\s*[^.!?]{1,80}?[)\]]?|\/\s*[\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*){0,5}(?:\s*[”"]\s*\/?>)?|\((?:AP|AFP|Reuters|Getty|EPA)[^)]{0,60}\))\s*$/u;

/** Part of every credit word CREDIT_TAIL knows ("Photo", "IMAGE", "Credit", ...). */
const CREDIT_WORD = /hoto|HOTO|mage|MAGE|icture|ideo|llustration|raphic|redit/;

/**
 * Whether CREDIT_TAIL can match, tested cheaply first: its "/ Name" form needs a "/", its "(AP …)"
 * form ends in ")", and its "Photo by …" form holds no . ! ? so its credit word follows the last of them.
 */
export function mayEndInCredit(text: string): boolean {
  if (text.includes("/") || text.trimEnd().endsWith(")")) return true;
  const lastStop = Math.max(text.lastIndexOf("."), text.lastIndexOf("!"), text.lastIndexOf("?"));
  return CREDIT_WORD.test(lastStop < 0 ? text : text.slice(lastStop + 1));
}

/** A stray piece of markup: attribute tails, tag ends, script fragments. */
export const MARKUP_FRAGMENT = /["”']\s*\/?>\s*$|^\s*\*\/\s*\??>?\s*$|^<\/?[a-z][^>]*>?$|^\{.*\}$|^[\]}),;]+$/iu;
/** MARKUP_FRAGMENT needs a ">" or starts (after blanks) with one of * < { ] } ) , ; — a cheap look first. */
export function mayBeMarkup(text: string): boolean {
  return text.includes(">") || /^\s*[*<{\]}),;]/.test(text);
}

/** Source notes: who first published the article. */
export const SOURCE_NOTE = /^(?:source|sources|originally published|first published|republished|this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared)|via)\b\s*(?:on|by|in|at|:)?\s*.{1,100}$/iu;

/** "By Jane Doe", "Written by ...", "Автор: ...", "기자". */
export const BYLINE_PREFIX = /^(?:by|written by|words by|reporting by|posted by|author:?|автор:?|текст:?)\s+\S/iu;

/** Date and time shapes: "2019-11-19T12:48:14Z", "November 19, 2019", "19.11.2019 09:01", "Updated : ...". */
export const DATE_SHAPE = /\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\d{4}년\s*\d{1,2}월|\d{4}年\d{1,2}月|\b\d{1,2}:\d{2}\s*(?:am|pm)?\b|\b(?:updated|published|posted|last modified)\b/iu;
/** The one DATE_SHAPE form without a digit, with the same flags: tested with /\d/ before the slow /iu pattern. */
const DATE_WORD = /updated|published|posted|last modified/iu;
export function hasDateShape(text: string): boolean {
  return (/\d/.test(text) || DATE_WORD.test(text)) && DATE_SHAPE.test(text);
}

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/** EMAIL.test, after a cheap look for the "@" that every match holds (the pattern tries each word of a line). */
export function hasEmail(text: string): boolean {
  return text.includes("@") && EMAIL.test(text);
}
export const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;

/** Cookie-consent, privacy and affiliate notices: prose, but about the site, not the article. */
/** Words every CONSENT alternative needs: a cheap test before the costly pattern. */
export const CONSENT_HINT = /commission|cookie|privacy|accept|reject|decline/i;
export const CONSENT = /\b(?:may|might|could|will) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b|\baffiliate commission\b|\bcookies?\b.{0,200}\b(?:website|site|browser|consent|experience|accept|settings|privacy)\b|\b(?:website|site|we)\b.{0,120}\bcookies?\b|^privacy overview$|^(?:accept|reject|decline)(?: all)?(?: cookies)?$/iu;
// Beyond CONSENT_HINT: CONSENT's sentence forms hold "commission" or "cookie", and its other two
// forms are whole lines of at most 19 characters ("Privacy overview", "Decline all cookies").
const CONSENT_WORD = /commission|cookie/iu;
/** A cheap look before CONSENT_HINT and CONSENT (whose .{0,200} spans are costly on long lines). */
export function mayBeConsent(text: string): boolean {
  return text.length <= 19 || CONSENT_WORD.test(text);
}

/**
 * A teaser: a title-case headline glued to its summary ("… Deals In DetroitIn the market …").
 * The glued word ends in three lower-case letters (or a digit) before the capital, so names and
 * brands with an inner capital ("McDowell", "DiCaprio", "LaJoie", "iPhone") are not glues.
 */
export const GLUED_TEASER = /^(?:[\p{Lu}\p{N}"“‘'][\p{L}\p{N}'’,:;&?!.-]*\s+){2,}[\p{Lu}\p{N}"“‘']?[\p{L}\p{N}'’-]*(?:\p{Ll}{3}|\p{N})[?!.]?[”"’']?\p{Lu}\p{Ll}/u;

/** A summary cut off mid-word or mid-sentence: "… with improved Alexa suppor...". */
export const CUT_OFF = /[\p{L}\p{N},]\s?(?:\.\.\.|…)\s*$/u;

/** Words of a row of share buttons ("Whatsapp Facebook Pint Baixar", "Facebook Twitter LinkedIn"). */
export const SHARE_WORDS = new Set(
  ("share shares tweet pin pint print email e-mail mail facebook twitter linkedin whatsapp telegram reddit pinterest tumblr " +
    "vk ok line kakao kakaotalk naver band weibo wechat qq flipboard pocket messenger sms copy link save download baixar " +
    "compartilhar compartir partager teilen condividi поделиться").split(" "),
);

/** Newsletter and subscription prompts (tried on short lines only). */
export const NEWSLETTER = /\b(?:newsletters?|subscribe|subscribed|unsubscribe|sign up for|inscreva-se|abonnieren|abonnez-vous|suscríbete|подписаться|подпишитесь|구독|購読)\b/iu;
/** A piece of every NEWSLETTER word, with the same flags: a cheap test before the pattern and its word bounds. */
const NEWSLETTER_HINT = /newsletter|subscri|sign up for|inscreva|abonn|suscr|подпи|구독|購読/iu;
export function hasNewsletterWord(text: string): boolean {
  return NEWSLETTER_HINT.test(text) && NEWSLETTER.test(text);
}

/** How photo captions begin ("In this photo issued by …", "Pictured: …", "FILE PHOTO: …"). */
export const CAPTION_START = /^(?:in this (?:\w+ )?(?:photo|image|picture|handout|still|frame|file)|this (?:\w+ )?(?:photo|image|picture) (?:shows|taken|provided|released|issued)|(?:file )?photo:|pictured:|picture:|image:|above:|top:|below:|main picture:|фото:|사진\s*=|写真[:：])/iu;
